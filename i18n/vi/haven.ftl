# Haven — Vietnamese interface text. Every locale has exactly the ids of the English file.
# Ids are kebab-case; plurals use Fluent selectors on the CLDR categories.

app-name = Haven
app-tagline = Danh bạ ngoại tuyến các dịch vụ hỗ trợ nạn nhân

## Loại mục, danh mục, nhóm đối tượng

kind-organization = Tổ chức
kind-service = Dịch vụ
kind-programme = Chương trình
kind-campaign = Chiến dịch
kind-procedure = Thủ tục

category-helpline = Đường dây nóng
category-emergency = Số khẩn cấp
category-crisis-centre = Trung tâm hỗ trợ khủng hoảng
category-shelter = Nhà tạm lánh
category-police = Công an
category-social-assistance = Trợ giúp xã hội
category-counselling = Tư vấn
category-child-protection = Bảo vệ trẻ em
category-material-aid = Hỗ trợ vật chất
category-support-programme = Chương trình hỗ trợ
category-campaign = Chiến dịch
category-procedure = Thủ tục
category-volunteering = Tình nguyện
category-health = Y tế
category-government = Cơ quan nhà nước

target-everyone = Mọi người
target-women = Phụ nữ
target-children = Trẻ em
target-youth = Thanh thiếu niên
target-families = Gia đình
target-older-people = Người cao tuổi
target-domestic-violence = Người bị bạo lực gia đình
target-orphans = Trẻ mồ côi
target-low-income = Người có hoàn cảnh khó khăn
target-professionals = Người làm công tác chuyên môn
target-volunteers = Tình nguyện viên

## Quốc gia (ISO 3166-1)

country-pl = Ba Lan
country-kz = Kazakhstan
country-vn = Việt Nam
country-ir = Iran

## Ngôn ngữ

language-en = tiếng Anh
language-pl = tiếng Ba Lan
language-ru = tiếng Nga
language-kk = tiếng Kazakh
language-vi = tiếng Việt
language-fa = tiếng Ba Tư
language-uk = tiếng Ukraina
language-de = tiếng Đức
language-fr = tiếng Pháp
language-ar = tiếng Ả Rập
language-tr = tiếng Thổ Nhĩ Kỳ
language-zh = tiếng Trung

## Ngày tháng và giờ làm việc

month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
# Months of the Solar Hijri calendar (dates on Persian sheets).
month-persian-1 = Farvardin
month-persian-2 = Ordibehesht
month-persian-3 = Khordad
month-persian-4 = Tir
month-persian-5 = Mordad
month-persian-6 = Shahrivar
month-persian-7 = Mehr
month-persian-8 = Aban
month-persian-9 = Azar
month-persian-10 = Dey
month-persian-11 = Bahman
month-persian-12 = Esfand
# A day of a month, as in "25 tháng 11".
day-month = { $day } { $month }
# A full date, as in "25 tháng 11 năm 2021".
date-full = { $day } { $month } năm { $year }

weekday-0 = T2
weekday-1 = T3
weekday-2 = T4
weekday-3 = T5
weekday-4 = T6
weekday-5 = T7
weekday-6 = CN
hours-always = Mở cửa 24 giờ, tất cả các ngày
hours-closed = nghỉ
now-open = Đang mở cửa
now-open-until = Đang mở cửa, đến { $time }
now-always = Mở cửa 24/7
now-line-always = Đường dây mở 24/7 (văn phòng có giờ làm việc riêng)
now-closed = Đã đóng cửa
now-closed-opens-today = Đã đóng cửa, mở lúc { $time }
now-closed-opens-on = Đã đóng cửa, mở { $day } lúc { $time }
now-unknown = Chưa rõ giờ làm việc
now-running = Đang diễn ra
filter-hours = Giờ làm việc
filter-open-now = Đang mở cửa
filter-always-open = Mở cửa 24/7
period-yearly = Hằng năm, { $start } – { $end }
period-once = { $start } – { $end } năm { $year }
period-dates = { $start } – { $end }
period-until = đến năm { $year }

## Thông tin của mục (xem chi tiết, `haven show`, phiếu chuyển gửi)

field-id = Mã
field-kind = Loại
field-names = Tên
field-description = Mô tả
field-organization = Đơn vị phụ trách
field-place = Địa điểm
field-address = Địa chỉ
field-address-confidential = Địa chỉ bảo mật: không được cung cấp cho người khác. Hãy gọi điện hỏi trực tiếp nơi cung cấp dịch vụ.
field-no-address = Không có địa chỉ
field-phones = Điện thoại
phone-short = ĐT
field-phone-free = miễn phí
field-phone-sms = có nhận tin nhắn SMS
field-phone-charged = cuộc gọi tính phí (cước cao)
field-channels = Liên hệ khác
field-hours = Giờ làm việc
field-languages = Ngôn ngữ sử dụng
field-categories = Danh mục
field-targets = Đối tượng
field-eligibility = Ai có thể sử dụng
field-bring = Cần mang theo
field-expect = Những điều sẽ diễn ra
field-period = Thời gian
field-steps = Các bước
field-step-form = Mẫu { $form }
field-step-deadline = Thời hạn: { $deadline }
field-step-expects = Người bị ảnh hưởng có thể mong đợi: { $text }
field-jurisdiction = Phạm vi áp dụng
field-legal-basis = Căn cứ pháp lý
field-related = Xem thêm
field-sources = Nguồn
field-verified = Đã xác minh ngày { $date } ({ $who })
field-stale = Cần kiểm tra lại: lần xác minh gần nhất đã hơn 12 tháng
field-stale-short = cần kiểm tra lại

channel-web = Trang web
channel-facebook = Facebook
channel-instagram = Instagram
channel-telegram = Telegram
channel-zalo = Zalo
channel-email = Email

## Dòng lệnh

cli-results = { $count ->
    [0] Không có kết quả.
   *[other] { $count } kết quả
}
cli-results-shown = hiển thị { $shown } kết quả đầu tiên
cli-empty-hint = Hãy thử bớt từ, viết theo cách khác hoặc bỏ một bộ lọc.
cli-unknown-id = Không có mục nào có mã “{ $id }”. Hãy dùng `haven search` để tìm.
cli-bad-time = Haven không đọc được thời gian “{ $value }”. Hãy viết dạng 2026-12-06T23:00:00+07:00 (RFC 3339, kèm múi giờ).
cli-unknown-category = Danh mục không xác định “{ $value }”. Hãy dùng một trong các giá trị: { $choices }
cli-unknown-target = Nhóm đối tượng không xác định “{ $value }”. Hãy dùng một trong các giá trị: { $choices }
cli-unknown-country = “{ $value }” không phải là mã quốc gia (gồm hai chữ cái, ví dụ PL hoặc KZ).
cli-unknown-encoding = “{ $value }” không phải bảng mã mà Haven biết (ví dụ utf-8, windows-1250, windows-1251, windows-1256).
cli-db-path = Cơ sở dữ liệu danh bạ: { $path }
cli-db-ok = Cơ sở dữ liệu danh bạ còn nguyên vẹn ({ $count } mục).
cli-db-damaged = Cơ sở dữ liệu danh bạ bị hỏng: { $detail }. Hãy chạy `haven db rebuild` để dựng lại từ danh bạ đi kèm.
cli-db-rebuilt = Danh bạ đã được dựng lại từ dữ liệu đi kèm ({ $count } mục).
cli-error = Lỗi: { $detail }

## Mở danh bạ

db-created = Danh bạ đã được thiết lập lần đầu trên máy tính này.
db-rebuilt-corrupt = Cơ sở dữ liệu danh bạ bị hỏng nên đã được dựng lại từ danh bạ đi kèm. Ghi chú và cài đặt của bạn vẫn được giữ nguyên.
db-rebuilt-corrupt-backup = Tệp bị hỏng đã được giữ lại với tên { $path }.
db-rebuilt-newer = Cơ sở dữ liệu danh bạ được tạo bởi phiên bản Haven mới hơn nên đã được dựng lại từ danh bạ đi kèm. Tệp mới hơn đã được giữ lại với tên { $path }.
db-rebuilt-bundle = Phiên bản Haven này có danh bạ đã cập nhật; danh bạ mới đã được tải.
db-not-private = Các tài khoản khác trên máy này có thể đọc được { $dir }: chủ sở hữu hoặc hệ thống tệp của nó (thư mục dùng chung, USB) không cho Haven đặt nó ở chế độ riêng tư. Ghi chú và các mục của văn phòng được lưu ở đó; đừng ghi thông tin thân chủ vào đó, hoặc hãy chọn một thư mục riêng tư.
db-made-private = Haven đã đặt { $dir } chỉ mình bạn đọc được (quyền trước đó là { $mode }): ghi chú và các mục của văn phòng được lưu ở đó.
db-migrated = Cơ sở dữ liệu danh bạ đã được nâng cấp (từ phiên bản { $from } lên { $to }).
db-reindexed = Chỉ mục tìm kiếm đã được dựng lại.
db-error = Không mở được danh bạ: { $detail }
store-error-database = Cơ sở dữ liệu danh bạ báo lỗi: { $detail }
store-error-disk-full = Ổ đĩa không còn đủ dung lượng. Chưa có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi thử lại.
store-error-file = Không sử dụng được tệp { $path }: { $detail }
store-error-bundle = Không đọc được danh bạ đi kèm Haven: { $detail }
store-error-no-data-dir = Không tìm thấy thư mục để lưu dữ liệu của Haven. Hãy khởi động Haven với tùy chọn --data-dir THƯ_MỤC.
store-error-record = Không đọc được một mục trong danh bạ: { $detail }
store-error-stopped = Danh bạ đã ngừng hoạt động ở chế độ nền. Hãy đóng Haven rồi mở lại.
store-error-origin = Danh bạ không cho biết được lấy từ nguồn nào hay từ danh bạ đi kèm nào ({ $detail }), nên không thể cập nhật một cách an toàn. Hãy dựng lại từ danh bạ đi kèm.
cli-unknown-lang = Ngôn ngữ không xác định “{ $value }”. Hãy dùng một trong các giá trị: { $choices }
cli-output-failed = Haven không ghi được kết quả: { $detail }

## Cửa sổ: điều hướng và trạng thái

nav-search = Tìm kiếm
nav-settings = Cài đặt
nav-about = Giới thiệu
nav-menu = Menu
notice-dismiss = Đóng
status-opening = Đang mở danh bạ…
status-failed = Không thể truy cập danh bạ
status-keys = Ctrl+F tìm kiếm · Lên/Xuống di chuyển · Enter mở · Tab sang khung tiếp theo · Ctrl+C sao chép số điện thoại · Ctrl+R thêm vào chuyển gửi · F1 giới thiệu
copied = Đã sao chép vào bộ nhớ tạm: { $text }
copied-corrected = Đã sao chép vào bộ nhớ tạm: { $text }, số đã được văn phòng sửa thay cho số của nhà xuất bản.
copied-reported = Đã sao chép vào bộ nhớ tạm: { $text }. Văn phòng đã báo số này không hoạt động vào { $date }: hãy kiểm tra trước khi đưa cho thân chủ.
copy-no-phone = Mục đã chọn không có số điện thoại.
link-failed = Không mở được liên kết: { $detail }
work-program-failed = Chương trình { $program } không làm được: { $detail }

## Màn hình tìm kiếm

search-placeholder = Tìm dịch vụ, địa điểm, số điện thoại… bằng bất kỳ ngôn ngữ nào
search-loading = Đang tải danh bạ…
search-busy = đang tìm…
search-error = Tìm kiếm không thành công: { $detail }
search-count = { $count ->
    [0] Không có kết quả
   *[other] { $count } kết quả
}
search-empty-title = Không tìm thấy kết quả phù hợp.
search-empty-hint = Hãy thử bớt từ, viết theo cách khác hoặc xóa các bộ lọc. Không bắt buộc gõ dấu: “can tho” sẽ tìm thấy “Cần Thơ”.
search-empty-examples = Ví dụ: kryzys · Cần Thơ · کلانتری · ерікті · 116 111 · Niebieska Karta
filters-title = Bộ lọc
filters-clear = Xóa tất cả bộ lọc
filters-none = Không có bộ lọc cho các kết quả này.
filters-country = Quốc gia
filters-region = Khu vực
filters-category = Danh mục
filters-target = Đối tượng
filters-language = Ngôn ngữ sử dụng
detail-copy-hint = Bấm vào số để sao chép.
detail-runs = Phụ trách

## Chuyển gửi

basket-title = Chuyển gửi
basket-count = { $count ->
   *[other] Chuyển gửi ({ $count } dịch vụ)
}
basket-add = + Thêm vào chuyển gửi
basket-in = • Đã có trong chuyển gửi

## Cài đặt

settings-title = Cài đặt
settings-language = Ngôn ngữ giao diện
settings-language-system = Theo hệ thống
settings-theme = Chủ đề
settings-theme-light = Sáng
settings-theme-dark = Tối
settings-theme-high-contrast = Tương phản cao
settings-text-size = Cỡ chữ
settings-paper = Khổ giấy in phiếu chuyển gửi
paper-a4 = A4
paper-letter = Letter
settings-office = Đơn vị của bạn
settings-office-hint = In ở đầu phiếu chuyển gửi. Chỉ lưu trên máy tính này.
settings-office-name = Tên đơn vị
settings-office-address = Địa chỉ đơn vị
settings-office-phone = Điện thoại đơn vị
settings-office-phone-wrong = Đây không phải là số điện thoại: { $detail }. Hãy viết như khi quay số; kèm mã quốc gia (+84 …) cho đến khi chọn nơi của đơn vị.
settings-worker = Tên của bạn (không bắt buộc)
settings-keys-hint = Bàn phím: Lên/Xuống để chọn mục cài đặt, Trái/Phải để thay đổi, Esc để quay lại tìm kiếm.
settings-unreadable = Không đọc được tệp cài đặt ({ $detail }) nên đang dùng cài đặt mặc định. Tệp cũ đã được giữ lại với tên { $path }.
settings-unreadable-unchanged = Không đọc được tệp cài đặt ({ $detail }) nên đang dùng cài đặt mặc định. Tệp vẫn được giữ nguyên như cũ.
settings-bad-fields = Một số cài đặt có giá trị không hợp lệ và đã được đặt lại: { $fields }.
settings-save-failed = Không lưu được cài đặt: { $detail }

## Giới thiệu

about-title = Giới thiệu Haven
about-version = Phiên bản { $version }
about-directory = Danh bạ
about-origin-bundled = Danh bạ đi kèm, phiên bản { $version }
about-origin-feed = Cập nhật từ nguồn “{ $feed }”, số thứ tự { $sequence }
about-updated = Tạo hoặc cập nhật ngày { $date }
about-total = { $count ->
   *[other] { $count } mục
}
about-helplines = Đường dây nóng quốc gia
about-helplines-text = Các số điện thoại không có trong tài liệu gốc chỉ được lấy từ nguồn công khai được ghi trong từng mục, và được đánh dấu để kiểm tra lại.
about-privacy = Quyền riêng tư
about-privacy-text = Haven không lưu bất kỳ thông tin nào về thân chủ. Địa chỉ bảo mật của nhà tạm lánh chỉ hiển thị trên màn hình kèm cảnh báo và không bao giờ được in hay xuất ra.
about-fonts = Phông chữ: Noto Sans và Noto Naskh Arabic, giấy phép SIL Open Font License 1.1.

## Sự cố danh bạ trong cửa sổ

db-failed-title = Không mở được danh bạ
db-failed-what-to-do = Hãy dựng lại danh bạ từ bản sao đi kèm Haven. Nếu vẫn không được, hãy kiểm tra xem thư mục chứa { $path } có tồn tại và có ghi được hay không.
db-rebuild = Dựng lại danh bạ

## Phiếu chuyển gửi (in bằng ngôn ngữ của thân chủ)

sheet-title = Nơi bạn có thể tìm kiếm sự giúp đỡ
sheet-date = Ngày: { $date }
sheet-worker = Người lập: { $name }
sheet-intro = Các dịch vụ dưới đây có thể giúp bạn. Bạn có thể tự liên hệ với họ; không cần mang theo phiếu này.
sheet-note = Ghi chú dành cho bạn
sheet-address-by-phone = cung cấp qua điện thoại (địa chỉ được bảo mật)
sheet-short-code = chỉ gọi được khi ở { $country }
sheet-untranslated-original = Một số phần của mục này chưa được dịch sang { $language }; các phần đó được ghi bằng tiếng Anh hoặc bằng ngôn ngữ gốc.
sheet-untranslated = Một số phần của mục này chưa được dịch sang { $language }; các phần đó được ghi bằng tiếng Anh.
sheet-source = Nguồn: { $sources }. Kiểm tra ngày: { $date }.
sheet-emergency = Nếu đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp của quốc gia nơi bạn đang ở.
sheet-privacy = Phiếu này không chứa dữ liệu cá nhân, trừ khi có người viết thêm vào.
sheet-page = trang { $page }/{ $pages }
cli-unknown-paper = Khổ giấy không xác định “{ $value }”. Hãy dùng a4 hoặc letter.
referral-saved = Phiếu chuyển gửi đã được lưu vào { $path }.
referral-unreachable = Sẽ không in số điện thoại nào cho “{ $name }”.
referral-unreachable-offer = Thân chủ có thể gọi “{ $name }” ({ $number }): hãy thêm { $id } vào phiếu.
referral-unreachable-office = Hoặc đưa cho thân chủ số điện thoại của văn phòng (Cài đặt → Văn phòng).
referral-add-offer = Thêm “{ $name }”
referral-save-failed = Không lưu được phiếu chuyển gửi vào { $path }: { $detail }

## Soạn phiếu chuyển gửi

referral-basket = Các dịch vụ trên phiếu
referral-empty = Chuyển gửi đang trống. Hãy thêm dịch vụ từ kết quả tìm kiếm bằng nút “+ Thêm vào chuyển gửi” hoặc Ctrl+R.
referral-up = Lên
referral-down = Xuống
referral-remove = Xóa
referral-clear = Xóa tất cả
referral-sheet-language = Ngôn ngữ của phiếu
referral-sheet-language-hint = Ngôn ngữ của thân chủ; không nhất thiết là ngôn ngữ của bạn. Trái/Phải để thay đổi.
referral-no-office = Chưa có thông tin đơn vị: hãy thêm trong Cài đặt.
referral-note = Ghi chú cho thân chủ
referral-note-hint = Chỉ in trên phiếu. Haven không lưu lại ghi chú này.
referral-note-placeholder = Ví dụ: gọi điện vào sáng thứ Hai và nhắc đến phiếu này.
referral-save = Lưu PDF…
referral-print = In
referral-working = Đang chuẩn bị phiếu…
referral-printed = Đã gửi đến máy in: { $job }
referral-in-viewer = Không có hàng đợi máy in nào trả lời, nên phiếu đã được mở trong trình xem PDF: hãy in từ đó. Phiếu nằm ở { $path } cho đến khi Haven đóng.
referral-failed = Không tạo được phiếu: { $detail }
referral-left-out = Không còn trong danh bạ (đã bị xóa khi cập nhật), không đưa vào phiếu: { $ids }
referral-preview-page = Trang { $page }/{ $pages }

## Đồng bộ với nguồn trung tâm

feed-keys-written = Đã ghi khóa: { $public } (khóa công khai: hãy giao cho các đơn vị) và { $secret } (khóa bí mật: hãy cất giữ an toàn). Khóa công khai: { $key }
feed-built = Đã tạo nguồn số thứ tự { $sequence } trong { $dir }: { $count } mục, { $changes } thay đổi so với số thứ tự trước. Hãy ký bằng lệnh `haven feed sign`.
feed-signed = Đã ký: { $path }
settings-feed = Cập nhật từ nguồn trung tâm
settings-feed-hint = Không bắt buộc: Haven hoạt động đầy đủ khi không có mạng. Tổ chức của bạn sẽ cung cấp địa chỉ nguồn và khóa của đơn vị phát hành; mọi bản cập nhật được ký bằng khóa khác đều bị từ chối.
settings-feed-url = Địa chỉ nguồn (https://…/manifest.json)
settings-feed-key = Khóa công khai của đơn vị phát hành (minisign, bắt đầu bằng RW…)
settings-feed-proxy = Proxy (để trống để dùng proxy của hệ thống)
settings-feed-at-start = Kiểm tra cập nhật khi khởi động Haven
settings-yes = Có
settings-no = Không

## Lớp riêng của cán bộ: ghi chú, báo lỗi, mục yêu thích, mục riêng của văn phòng
layer-file-not-ours = { $what ->
    [layer] Đây không phải là tệp xuất ghi chú và mục của Haven.
   *[corrections] Đây không phải là tệp đính chính của Haven.
}
layer-file-newer = Tệp này do một phiên bản Haven mới hơn tạo ra (phiên bản định dạng { $version }). Hãy cập nhật Haven để đọc nó; không có gì bị thay đổi.
layer-file-syntax = Không đọc được tệp ở dòng { $line }: { $detail }. Không có gì bị thay đổi.
layer-file-truncated = Tệp bị ngắt giữa chừng: nó đã bị cắt khi sao chép hoặc lưu. Không có gì bị thay đổi.
layer-file-invalid = Tệp chứa nội dung Haven không thể nhận: { $detail }. Không có gì bị thay đổi.
layer-file-too-big = Tệp này có dung lượng { $megabytes } MB: lớn hơn nhiều so với bất kỳ tệp nào Haven ghi ra. Không có gì bị thay đổi.
layer-restored = Tệp ghi chú và mục của bạn bị hỏng. Bản sao lưu ngày { $date } đã được khôi phục; những gì ghi sau đó đã mất. Tệp hỏng được giữ tại { $path }.
layer-lost = Tệp ghi chú và mục của bạn bị hỏng và không có bản sao lưu để khôi phục. Haven bắt đầu với tệp trống; tệp hỏng được giữ tại { $path }.
store-error-newer-layer = Tệp ghi chú và mục của bạn ({ $path }) do một phiên bản Haven mới hơn ghi. Hãy cập nhật Haven; tệp được giữ nguyên.
store-error-no-record = Không có mục nào có mã “{ $id }”.
store-error-no-value = { $id } không có { $field } “{ $given }”. Mục này có: { $known }.
store-error-invalid = Không thể lưu mục:
    { $problems }
flag-field-phone = số điện thoại
flag-field-address = địa chỉ
flag-field-hours = giờ làm việc
flag-field-channel = trang web hoặc e-mail
flag-field-name = tên
flag-field-description = mô tả
flag-field-city = địa phương
flag-field-eligibility = ai có thể sử dụng
flag-field-what-to-bring = cần mang theo gì
flag-field-what-to-expect = điều gì sẽ diễn ra
mine-flag-open = Đã báo tại đây là không hoạt động ngày { $date }.
mine-flag-corrected = Đã sửa tại đây ngày { $date }: { $value }.
mine-flag-now-none = không có gì
mine-flag-resolved = Báo cáo ngày { $date } của bạn đã được giải quyết: một bản cập nhật đã thay đổi mục này; hiện là { $now }.
mine-flag-yours = Giá trị của bạn là { $value }: giữ lại hoặc bỏ đi.
mine-removed = Đã bị nhà xuất bản xóa trong một bản cập nhật. Được giữ lại đây vì ghi chú của bạn cho đến khi bạn bỏ nó.
mine-local = Do văn phòng này thêm.
mine-favourite = Một trong các mục yêu thích của văn phòng.
mine-removed-short = đã xóa
mine-local-short = của văn phòng này
mine-favourite-short = yêu thích
mine-flagged-short = đã báo lỗi
mine-noted-short = ghi chú
mine-this-office = văn phòng này
field-note = Ghi chú của văn phòng
field-note-date = Ghi chú viết ngày { $date }.
sheet-office-note = Lưu ý từ văn phòng
field-reports = Báo cáo của văn phòng này
sheet-phone-flagged = Số này đã được báo là không hoạt động; hãy thử gọi và cho chúng tôi biết nếu gọi được.
sheet-hours-flagged = giờ này đã được báo là không đúng: hãy gọi trước khi đến
sheet-channel-flagged = Địa chỉ này đã được báo là không hoạt động; hãy thử và cho chúng tôi biết nếu dùng được.
field-source-office = Do { $office } báo
cli-note-empty = Hãy viết nội dung ghi chú, hoặc dùng --clear để xóa nó.
cli-note-saved = Đã lưu ghi chú cho { $id }.
cli-note-cleared = Đã xóa ghi chú của { $id }.
cli-unknown-field = “{ $value }” không phải là trường có thể báo lỗi. Chọn một trong: { $choices }.
cli-flag-none = { $id } không có báo lỗi như vậy.
cli-flag-keep-open = Báo lỗi đó vẫn đang mở: mục vẫn giữ giá trị bạn đã báo.
cli-flag-cleared = Đã rút báo lỗi cho { $id }.
cli-flag-kept = Bản sửa của bạn cho { $id } được giữ lại thay cho giá trị mới của nhà xuất bản.
cli-flag-saved = Đã lưu báo lỗi cho { $id }:
cli-favourite-saved = { $id } đã vào mục yêu thích.
cli-favourite-cleared = { $id } không còn trong mục yêu thích.
cli-read-failed = Không đọc được { $path }: { $detail }
cli-local-exists = Đã có một mục với mã { $id }.
cli-local-added = Đã thêm { $id } vào các mục của văn phòng này.
cli-local-not-ours = { $id } không phải là mục của văn phòng này.
cli-local-edited = Đã lưu { $id }.
cli-local-none = Văn phòng này chưa thêm mục nào, và không mục bị xóa nào có ghi chú.
cli-local-removed = Đã xóa { $id } khỏi các mục của văn phòng này.
cli-forgotten = Đã bỏ { $id }: ghi chú, báo lỗi và dấu yêu thích của nó đã bị xóa.
cli-layer-exported = Đã ghi { $path }: { $notes } ghi chú, { $flags } báo lỗi, { $records } mục của văn phòng. Không có địa chỉ bảo mật nào trong đó.
cli-layer-import-nothing = Không có gì mới: mọi thứ trong tệp đã có ở đây.
cli-layer-imported = Đã nhập { $notes } ghi chú, { $flags } báo lỗi, { $favourites } mục yêu thích và { $records } mục.
layer-note-brought-in = — Mang sang từ máy tính khác ngày { $today } (viết ngày { $written }):
layer-import-merged = Không gì của bạn bị thay thế: { $notes } ghi chú khác với của bạn và cả hai đều được giữ (ghi chú mang sang được đánh dấu); { $flags } báo cáo và { $records } mục khác với của bạn và của bạn được giữ.
cli-corrections-exported = Đã ghi { $count } đính chính cho nhà xuất bản vào { $path }. Không có thông tin nào về khách hàng trong đó.
feed-corrections-remove = xóa nó
feed-corrections-gone = Thư mục không còn mục { $id }.
feed-corrections-changed = Đã thay đổi: mục hiện có { $now }.
feed-corrections-name = Một mục không thể mất tên.
feed-corrections-bad-accept = “{ $value }” không phải là một trong các số đã liệt kê.
feed-corrections-accepted = đã chấp nhận
feed-corrections-can-apply = có thể áp dụng
feed-corrections-dry-run = Chưa ghi gì. Chấp nhận bằng --accept all hoặc --accept 1,3, rồi chạy haven feed build.
feed-corrections-written = Đã ghi { $count } mục vào { $dir }. Chạy haven feed build để xuất bản chúng.
referral-print-flagged = In cả các số được báo là không hoạt động
referral-number-left-off = { $number } ({ $name }) không được in trên phiếu: văn phòng đã báo số này không hoạt động vào { $date }.
referral-share-note = In ghi chú của văn phòng cho thân chủ này
detail-favourite-add = Thêm vào mục yêu thích
detail-favourite-remove = Bỏ khỏi mục yêu thích
detail-edit = Sửa
detail-let-go = Bỏ mục này
detail-note-placeholder = Điều văn phòng biết: khi nào đường dây trả lời, nên hỏi ai…
detail-note-hint = Chỉ dành cho văn phòng. Không bao giờ ghi tên hay thông tin của khách hàng ở đây.
detail-note-save = Lưu ghi chú
detail-note-clear = Xóa ghi chú
detail-note-cleared = Đã xóa ghi chú.
detail-unflag = Rút lại báo cáo
detail-flag-phone = Báo: số này không hoạt động
detail-flag-address = Báo: địa chỉ này sai
detail-correct-phone = Số đúng, nếu bạn biết
detail-correct-address = Địa chỉ đúng, nếu bạn biết
detail-correct-channel = Địa chỉ đúng, nếu bạn biết
detail-correct-hours = Giờ đúng, nếu bạn biết
detail-flag-channel = Báo: cái này không hoạt động
detail-flag-hours = Báo: giờ này không đúng
detail-correct-save = Lưu
detail-use-publisher = Dùng giá trị của nhà xuất bản
detail-keep-mine = Giữ của tôi
filters-mine = Văn phòng này
filters-favourites = Yêu thích
filters-local = Do văn phòng này thêm
filters-flagged = Đã báo lỗi
nav-add = Thêm dịch vụ
form-title-add = Thêm dịch vụ riêng của văn phòng
form-title-edit = Sửa mục của văn phòng
form-hint = Mục được lưu trên máy tính này, nguồn là văn phòng này; có thể tìm như danh bạ. Không bao giờ ghi thông tin khách hàng ở đây.
form-kind = Loại
form-country = Quốc gia
form-name = Tên
form-name-placeholder = ví dụ: Điểm hỗ trợ khủng hoảng Cần Thơ
form-description = Cung cấp gì
form-description-placeholder = Giúp ai và giúp thế nào
form-city = Địa phương
form-city-placeholder = ví dụ: Cần Thơ
form-address = Địa chỉ
form-address-placeholder = Số nhà và tên đường
form-phone = Điện thoại
form-phone-placeholder = ví dụ: 0292 3821 000 hoặc +84 292 3821 000
form-website = Trang web
form-website-placeholder = https://…
form-email = E-mail
form-email-placeholder = ten@example.org
form-hours = Giờ làm việc
form-hours-placeholder = ví dụ: Mo-Fr 08:00-16:00 hoặc 24/7
form-languages = Ngôn ngữ phục vụ
form-languages-placeholder = ví dụ: tiếng Việt, tiếng Anh (hoặc vi, en)
form-categories = Danh mục
form-save = Lưu
form-cancel = Hủy
form-required = Trường này là bắt buộc.
form-country-needed = Hãy chọn quốc gia nơi dịch vụ hoạt động. (Đặt nơi của văn phòng trong Cài đặt để được chọn sẵn.)
form-phone-invalid = Haven không thể gọi số này: hãy ghi kèm mã quốc gia (+84 …) hoặc như cách gọi trong nước.
form-website-invalid = Địa chỉ trang web bắt đầu bằng https:// hoặc http://.
form-email-invalid = Địa chỉ e-mail có @ và không có khoảng trắng.
form-hours-invalid = Haven không đọc được giờ này. Hãy viết như: Mo-Fr 08:00-16:00; Sa 10:00-14:00 hoặc 24/7.
form-languages-invalid = Haven không biết một trong các ngôn ngữ này. Hãy ghi tên hoặc mã hai chữ cái, cách nhau bằng dấu phẩy, ví dụ: tiếng Việt, tiếng Anh hoặc vi, en.
settings-layer = Ghi chú và mục của văn phòng này
settings-layer-hint = Ghi chú, báo lỗi, mục yêu thích và mục riêng của văn phòng được lưu tách khỏi danh bạ và sao lưu mỗi ngày. Chuyển chúng sang máy tính khác bằng một tệp; địa chỉ bảo mật vẫn ở lại đây.
settings-layer-export = Lưu ghi chú và mục vào tệp…
settings-layer-import = Nhập ghi chú và mục từ tệp…
settings-corrections-export = Lưu đính chính cho nhà xuất bản…
layer-file-failed = Không thể ghi hoặc đọc tệp: { $detail }
settings-layer-import-none = Không có gì được đưa vào: chưa chọn tệp nào, và trong { $folder } không có tệp Haven nào.

## What is wrong with a record (the directory's checks, the office's form)
problem-duplicate-id = Mã định danh này được dùng cho nhiều hơn một mục.
problem-bad-id = Mã định danh có dạng vùng/tên: chữ Latinh thường, chữ số và dấu gạch ngang.
problem-office-namespace = Các mục riêng của văn phòng có mã định danh bắt đầu bằng local/.
problem-local-reserved = Mã định danh bắt đầu bằng local/ được dành cho các mục riêng của văn phòng.
problem-region-id = Mã định danh của vùng có dạng quốc-gia/tên, ví dụ pl/mazowieckie.
problem-no-record = Không có mục { $id }.
problem-not-organization = { $id } không phải là một tổ chức.
problem-related-self = Một mục không thể liên kết với chính nó.
problem-language = “{ $code }” không phải là mã ngôn ngữ hai chữ cái (ISO 639-1), ví dụ pl, uk.
problem-phone = Haven không thể gọi số { $number }: hãy viết kèm mã quốc gia (+ và 7–15 chữ số) hoặc dưới dạng số ngắn trong nước (3–6 chữ số).
problem-phone-display = Số như được viết, { $display }, không phải là số { $number }.
problem-hours = Haven không đọc được giờ này ({ $detail }). Hãy viết như Mo-Fr 08:00-16:00; Sa 10:00-14:00, hoặc 24/7.
problem-email = “{ $value }” không phải là địa chỉ e-mail: địa chỉ có @ và không có dấu cách.
problem-link = “{ $value }” không phải là địa chỉ web: địa chỉ bắt đầu bằng https:// hoặc http://.
problem-steps = Một quy trình cần có các bước.
problem-no-source = Mỗi mục phải ghi nguồn của nó.
problem-office-name = Hãy ghi tên văn phòng đã báo thông tin này.
problem-no-seed = Không có tài liệu nguồn { $file }.
problem-quote = Không tìm thấy nguyên văn đoạn trích trong { $file }.
problem-seed-quote = Tài liệu nguồn cần có đoạn trích lấy từ nó.
problem-url = “{ $url }” không phải là địa chỉ web.
problem-publisher = Nguồn công khai cần ghi đơn vị công bố.
problem-seed-or-url = Nguồn cần có tài liệu nguồn hoặc địa chỉ web.
problem-phone-unsourced = Không nguồn nào ghi số này: hãy ghi nguồn công khai mà số này lấy từ đó.
problem-channel-unsourced = Không nguồn nào ghi địa chỉ này: hãy trích dẫn hoặc ghi nó là địa chỉ web của nguồn.
problem-verified-future = Ngày kiểm tra nằm ở tương lai.
problem-verified-by = Hãy ghi ai đã kiểm tra mục này.
problem-original-missing = Thiếu văn bản bằng ngôn ngữ gốc ({ $lang }).
problem-english-missing = Thiếu văn bản tiếng Anh.
problem-text-empty = Văn bản bằng { $lang } đang trống.
problem-not-object = Một mục là một đối tượng JSON, viết giữa {"{"} và {"}"}.
problem-unreadable = Haven không đọc được mục này: { $detail }
problem-hidden-control = Văn bản chứa một ký tự ẩn ({ $code }) có thể làm thay đổi cách đọc, ví dụ đảo ngược số. Hãy xóa nó.
cli-bad-near = Haven không biết nơi “{ $value }”. Hãy viết mã quốc gia, hoặc mã quốc gia và mã vùng trong danh bạ: VN, VN/can-tho.
settings-near = Nơi đặt văn phòng (các dịch vụ ở đó được liệt kê trước)
settings-near-anywhere = Mọi nơi
settings-near-region = Vùng
settings-near-whole-country = Cả nước
cli-version-not-set-up = Danh bạ: chưa được thiết lập; danh bạ đi kèm sẽ được tạo ở lần chạy đầu tiên.
about-portable = Bản di động: Haven lưu danh bạ, ghi chú và cài đặt trong { $dir }, cạnh chương trình, và không ghi gì vào thư mục cá nhân của bạn.
about-kept-in = Haven lưu danh bạ và ghi chú trong { $dir }.
about-portable-here = Bản di động: Haven lưu danh bạ, ghi chú và cài đặt cạnh chương trình, và không ghi gì vào thư mục cá nhân của bạn. Chúng nằm trong thư mục này:
about-kept-here = Haven lưu danh bạ và ghi chú trong thư mục này:
search-index-repaired = Chỉ mục tìm kiếm bị hỏng; Haven đã dựng lại từ chính các bản ghi của danh bạ. Không mất dữ liệu nào của bạn.
edit-too-long = Ghi chú có { $chars } ký tự; một ghi chú chứa tối đa { $max }. Chưa lưu gì.

# Why a file could not be read or written (inside a sentence that names the file).
io-not-found = không có tệp hoặc thư mục như vậy
io-permission-denied = tài khoản này không được mở nó
io-folder = đây là thư mục, không phải tệp
io-not-regular = đây không phải tệp thông thường (thiết bị, ống dẫn hoặc socket)
io-read-only = ổ đĩa hoặc thư mục chỉ đọc được
io-disk-full = ổ đĩa đã đầy
io-too-big = nó lớn hơn { $megabytes } MB mà một tệp như vậy được phép có
io-not-text = đây không phải văn bản (UTF-8)

# A data folder this account can only read.
db-read-only = Thư mục dữ liệu của Haven { $dir } chỉ đọc được với tài khoản này: vẫn có thể tìm kiếm, xem và in, nhưng không lưu được ghi chú, báo lỗi, nhập dữ liệu và cập nhật.
db-read-only-bundled = Không thể dùng danh bạ trong thư mục đó như hiện trạng, nên danh bạ đi kèm Haven được hiển thị.
store-error-read-only = Thư mục dữ liệu của Haven { $dir } chỉ đọc được với tài khoản này, nên không lưu được điều này. Tìm kiếm, xem và in vẫn hoạt động. Không có gì thay đổi.

# The search screen on a narrow window (or with large text): one pane at a time.
search-back-to-results = ← Quay lại kết quả
search-filters-show = { $count ->
    [0] Hiện bộ lọc
   *[other] Hiện bộ lọc (đang bật { $count })
}
search-filters-hide = Ẩn bộ lọc

# A QR code on the sheet, named for a reader who cannot see it.
sheet-qr-phone = Mã QR: điện thoại { $number }
sheet-qr-link = Mã QR: { $link }

# Each screen's keys in the status line; one step back in the composer.
status-keys-referral = Lên/Xuống hoặc Tab di chuyển · Enter thực hiện · Trái/Phải ngôn ngữ phiếu · Ctrl+S lưu PDF · Esc quay lại
status-keys-form = Tab ô tiếp · Shift+Tab ô trước · Ctrl+S lưu · Esc quay lại
status-keys-settings = Lên/Xuống hoặc Tab di chuyển · Trái/Phải thay đổi · Esc quay lại
status-keys-import = Ctrl+O chọn tệp · Enter nhập · Esc quay lại
status-keys-about = Esc quay lại · Ctrl+F tìm
referral-removed-one = Đã bỏ khỏi phiếu giới thiệu.
referral-removed-all = Đã bỏ { $count } khỏi phiếu giới thiệu.
referral-undo = Hoàn tác
