# Nguồn

field-source-seed = Tài liệu gốc { $file }
about-seeds = Nguồn của nội dung ban đầu
about-seeds-hint = Mỗi mục lấy từ các tài liệu này đều trích dẫn câu gốc mà mục đó dựa vào.
seed-000 = Kazakhstan, tỉnh Abai: cảnh sát hỗ trợ một trung tâm khủng hoảng ở Semey và dự án “Sän men senim”
seed-001 = Ba Lan, tỉnh Warmia-Mazury: chiến dịch “16 ngày không bạo lực” và thủ tục “Niebieskie Karty” (Thẻ Xanh lam)
seed-002 = Việt Nam, Cần Thơ: hoạt động nhân văn của Công an thành phố, các nhóm Zalo, hỗ trợ trẻ mồ côi
seed-003 = Kazakhstan, tỉnh Kyzylorda: tình nguyện viên, trung tâm nguồn lực thanh niên và cửa hàng xã hội
seed-004 = Iran: kế hoạch “Những người trợ giúp bình yên xã hội” của cảnh sát và tư vấn tại đồn cảnh sát

seed-000-publisher = Sở Cảnh sát tỉnh Abai
seed-001-publisher = Văn phòng tỉnh trưởng Warmia-Mazury
seed-003-publisher = Cơ quan truyền thông khu vực tỉnh Kyzylorda
seed-004-publisher = Hãng thông tấn Fars
field-translated = Nội dung bằng { $language } của mục này do danh bạ này tự dịch từ { $original }; các nguồn được trích nguyên văn.
about-seed-undated = không ghi ngày
