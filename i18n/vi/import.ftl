# Imports and exports: spreadsheets and Open Referral HSDS.

## Whole files
import-reading-file = Đang đọc và kiểm tra { $file }…
import-saving = Đang lưu { $records } mục vào danh sách của văn phòng…
import-io = Không đọc được { $path }: { $detail }
import-too-large = Tệp có dung lượng { $size } MB; Haven chỉ đọc tệp đến { $max } MB. Không có gì được nhập.
import-unreadable = Đây không phải bảng tính hay tệp CSV mà Haven đọc được ({ $detail }). Không có gì được nhập.
import-csv-line = Không đọc được dòng { $line } của tệp CSV: { $detail }. Không có gì được nhập.
import-empty = Tệp không có dòng nào. Không có gì được nhập.
import-too-many-rows = Tệp có hơn { $max } dòng. Hãy chia thành các tệp nhỏ hơn. Không có gì được nhập.
import-folder = { $path } là một thư mục, không phải tệp. Hãy chọn tệp bảng tính, CSV hoặc HSDS bên trong (gói dữ liệu HSDS được mở qua tệp datapackage.json). Không có gì được nhập.
import-not-a-file = { $path } không phải tệp thông thường (thiết bị, đường ống hoặc socket) nên Haven không đọc. Không có gì được nhập.
import-old-format = Đây là tệp { $kind }, định dạng nhị phân cũ của Excel mà Haven không đọc. Hãy mở bằng chương trình bảng tính và lưu thành .xlsx hoặc .ods. Không có gì được nhập.
import-unpacked = Bảng tính khi giải nén vượt quá { $max } MB{ $part ->
    [none] {""}
   *[other] {" "}(ở phần { $part })
}; không danh bạ nào của văn phòng lớn như vậy. Không có gì được nhập.
import-text-too-long = Phần { $part } của bảng tính có đoạn văn bản dài hơn { $max } KB; một ô chứa tối đa 32.767 ký tự. Không có gì được nhập.
import-too-many-columns = Dòng { $row } có dữ liệu ở cột { $column }; Haven chỉ đọc tối đa { $max } cột. Hãy xoá hoặc chuyển dữ liệu đó lại gần hơn. Không có gì được nhập.
import-too-many-cells = Tệp có hơn { $max } ô. Hãy chia thành các tệp nhỏ hơn. Không có gì được nhập.
import-no-name-column = Không cột nào chứa tên dịch vụ. Hãy chỉ rõ bằng --map, ví dụ --map "Cơ sở=name". Các cột tìm thấy: { $columns }. Không có gì được nhập.
import-bad-map = “{ $map }” không có dạng CỘT=TRƯỜNG. Các trường là: { $fields }.
import-no-column = Tệp không có cột “{ $column }”. Không có gì được nhập.

## Rows
import-row = Dòng { $row }: { $reason }
import-row-column = Dòng { $row }, { $column }: { $reason }
import-why-no-name = không có tên nên không thể là một mục; dòng này không được nhập.
import-why-no-country = không có quốc gia; hãy thêm cột quốc gia hoặc chọn nơi đặt văn phòng trong Cài đặt (dòng lệnh: --country). Dòng này không được nhập.
import-why-country = “{ $value }” không phải là một quốc gia. Dòng này không được nhập.
import-why-phone = “{ $value }” không phải số điện thoại gọi được ở { $country }. Dòng này không được nhập.
import-why-email = “{ $value }” không phải địa chỉ thư điện tử. Dòng này không được nhập.
import-why-link = “{ $value }” không phải địa chỉ trang web. Dòng này không được nhập.
import-why-too-long = { $chars } ký tự; một trường chứa tối đa { $max }. Dòng này không được nhập.
import-why-formula = một công thức; Haven chỉ nhận giá trị (hãy sao chép cột và dán dưới dạng giá trị). Dòng này không được nhập.
import-why-old-trunk = “{ $value }” được viết với số 0 đầu cũ mà Ba Lan đã bỏ năm 2002; đọc thành { $read }.
import-why-unknown-term = Haven không biết “{ $value }” là một giá trị của “{ $field }”; dòng đã được nhập mà không có giá trị đó.
import-why-hours = Không đọc được “{ $value }” là giờ mở cửa ({ $detail }); dòng đã được nhập mà không có giờ. Hãy viết như Mo-Fr 08:00-16:00.
import-duplicate-phone = Dòng { $row }: “{ $name }” có số điện thoại { $number } của “{ $other }” ({ $id }). Có thể là cùng một dịch vụ: không thêm lần nữa.
import-duplicate-name = Dòng { $row }: “{ $name }” ở cùng thành phố đã có trong danh bạ với tên “{ $other }” ({ $id }). Có thể là cùng một dịch vụ: không thêm lần nữa.

## What was read and done
import-read-csv = Đọc dưới dạng CSV: { $encoding }, phân cách bằng “{ $separator }”.
import-read-samples = Chữ đã đọc: { $samples } (nếu trông sai, hãy chỉ định bảng mã bằng --encoding, ví dụ --encoding windows-1258).
import-read-workbook = Đọc dưới dạng { $kind }, trang tính “{ $sheet }”.
import-column = “{ $header }” → { $field }
import-column-unused = không nhập
import-dry-run = Chưa ghi gì (--dry-run).
import-summary = Số dòng: { $rows }. Đã thêm vào mục của văn phòng: { $added }. Có thể trùng, không thêm: { $duplicates }. Dòng bị từ chối: { $refused }.
import-summary-dry = Số dòng: { $rows }. Sẽ thêm: { $added }. Có thể trùng: { $duplicates }. Dòng bị từ chối: { $refused }.

## Fields of a record a column can hold
import-field-name = Tên
import-field-description = Mô tả
import-field-phone = Điện thoại
import-field-address = Địa chỉ
import-field-city = Thành phố
import-field-region = Tỉnh
import-field-country = Quốc gia
import-field-category = Loại
import-field-target = Đối tượng
import-field-hours = Giờ mở cửa
import-field-website = Trang web
import-field-email = Thư điện tử
import-field-languages = Ngôn ngữ
import-field-eligibility = Ai được sử dụng
import-field-notes = Ghi chú của văn phòng

## Open Referral HSDS
hsds-problem = Mục { $item } (“{ $name }”), { $field }: { $reason }
hsds-syntax = Tệp không phải JSON mà Haven đọc được, ở dòng { $line }: { $detail }. Không có gì được nhập.
hsds-not-hsds = Tệp không có dịch vụ hay tổ chức HSDS nào. Không có gì được nhập.
hsds-why-no-name = không có tên; mục này không được nhập.
hsds-why-no-country = không địa chỉ nào ghi quốc gia; hãy dùng --country. Mục này không được nhập.
hsds-why-phone = “{ $value }” không phải số điện thoại gọi được; mục này không được nhập.
hsds-why-quoted-phone = số { $value } được viết trong dấu ngoặc kép; đã lấy số mà không có dấu ngoặc.
hsds-why-coordinate = { $value } không phải một vị trí trên trái đất; đã giữ lại cùng mục nhưng không dùng.
hsds-why-language = “{ $value }” không phải mã ngôn ngữ hai chữ cái; đã bỏ qua.
hsds-why-link = “{ $value }” không phải địa chỉ trang web; mục này không được nhập.
hsds-why-email = “{ $value }” không phải địa chỉ thư điện tử; mục này không được nhập.
hsds-why-profile = hồ sơ Haven không khớp với một mục ({ $value }); mục này không được nhập.
hsds-read = Đọc dưới dạng JSON Open Referral HSDS: { $items } dịch vụ và tổ chức.
hsds-summary = Đã thêm vào mục của văn phòng: { $added }. Có thể trùng, không thêm: { $duplicates }. Mục bị từ chối: { $refused }.
hsds-summary-dry = Sẽ thêm: { $added }. Có thể trùng: { $duplicates }. Mục bị từ chối: { $refused }.
hsds-exported = Đã ghi { $services } dịch vụ và { $organizations } tổ chức theo Open Referral HSDS 3.1 vào { $dir }: dạng JSON (services.json, organizations.json) và dạng bảng (services.csv và các bảng khác, mô tả trong datapackage.json). Các địa chỉ bảo mật đã được bỏ ra.
hsds-io = Không đọc được tệp: { $detail }. Không có gì được nhập.

## The window
settings-import-list = Nhập danh sách dịch vụ…
import-title = Nhập danh sách dịch vụ
import-hint = Bảng tính văn phòng đang dùng (CSV, XLSX, ODS) hoặc tệp Open Referral HSDS. Haven cho xem những gì đã đọc trước khi lưu; các dịch vụ sẽ thành mục riêng của văn phòng.
import-choose = Chọn tệp…
import-choose-other = Chọn tệp khác…
import-reading = Đang đọc và kiểm tra tệp…
import-writing = Đang lưu…
import-confirm = Nhập { $count } dịch vụ
import-done = Đã thêm vào mục của văn phòng: { $added }. Có thể trùng, không thêm: { $duplicates }. Dòng bị từ chối: { $refused }.
import-show = Xem các mục này
import-another = Nhập tệp khác…
import-columns = Mỗi cột đã thành gì
import-first = Những dịch vụ đầu tiên, như sẽ được lưu
import-problems = Dòng bị từ chối, giá trị bị bỏ qua, có thể trùng
import-more = … và { $count } mục nữa.

## Feeds from other formats
feed-from-not-hsds = Nguồn cập nhật được tạo từ một thư mục sắp xếp như data/, từ Open Referral HSDS (JSON hoặc thư mục các bảng CSV) hoặc từ bảng tính; thư mục này có một tệp không thuộc loại nào trong số đó.
feed-from-refused = Có { $count } vấn đề trong tệp: không tạo gì cả. Hãy sửa rồi tạo lại.
hsds-table = Không đọc được bảng { $file }: { $detail }. Không có gì được nhập.
hsds-too-large = Tệp HSDS lớn hơn { $max } MB; mỗi lần nhập Haven đọc tối đa { $max } MB. Hãy chia thành các tệp nhỏ hơn. Không có gì được nhập.
hsds-too-many-cells = Các bảng của gói có hơn { $max } ô; không danh bạ nào của văn phòng lớn như vậy. Không có gì được nhập.
hsds-item-too-many-parts = Các liên kết của gói sẽ ghi hơn { $max } dòng vào một dịch vụ hoặc tổ chức (liên kết vòng tròn, hoặc một dòng dùng chung cho hàng nghìn dòng). Không có gì được nhập.
hsds-too-many-parts = Các liên kết của gói sẽ ghi hơn { $max } dòng vào các dịch vụ và tổ chức (liên kết vòng tròn, hoặc các dòng dùng chung cho hàng nghìn dòng). Không có gì được nhập.
hsds-dangling = { $file }, dòng { $row }, { $column }: “{ $value }” không trỏ tới dòng nào của { $target }; liên kết này đã được bỏ qua.
hsds-dangling-left-out = { $file }, dòng { $row }, { $column }: “{ $value }” không trỏ tới dòng nào của { $target }; dòng này không thuộc về đâu và đã được bỏ qua.
hsds-dangling-any = { $file }, dòng { $row }, { $column }: “{ $value }” không trỏ tới dòng nào của bảng nào; liên kết này đã được bỏ qua.
hsds-dangling-any-left-out = { $file }, dòng { $row }, { $column }: “{ $value }” không trỏ tới dòng nào của bảng nào; dòng này không thuộc về đâu và đã được bỏ qua.
hsds-read-package = Đọc dưới dạng gói dữ liệu Open Referral HSDS (các bảng CSV): { $items } dịch vụ và tổ chức.
import-field-name-en = Tên tiếng Anh
import-field-description-en = Mô tả tiếng Anh
import-why-not-published = ghi chú của văn phòng không được công bố trong nguồn cập nhật; đã bỏ ra.
import-why-shelter-address = địa chỉ nhà tạm lánh không bao giờ được công bố; đã bỏ ra (giữ thành phố).
feed-sheet-needs-publisher = Nguồn cập nhật từ bảng tính cần --publisher TÊN và --source-url kèm địa chỉ http(s) của trang nơi mọi người xem được danh sách: mỗi mục đều nêu nguồn của mình.
