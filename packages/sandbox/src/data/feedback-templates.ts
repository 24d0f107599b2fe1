/**
 * Sentences for generated sample reports, by category. `{street}` is a street or village,
 * `{unit}` the commune in a sentence (`xã Bình Giang`). Written as citizens write to 1022.
 */
export interface CategoryTemplates {
  titles: readonly string[];
  details: readonly string[];
  /** The authority's answer when resolved. */
  answers: readonly string[];
}

export const TEMPLATES: Record<string, CategoryTemplates> = {
  'duong-hu-hong': {
    titles: [
      'Mặt đường {street} xuất hiện nhiều ổ gà',
      'Đường {street} hư hỏng nặng, nguy hiểm cho người đi xe máy',
      'Hố ga bị vỡ nắp trên {street}',
      'Đoạn đường {street} sụt lún sau mưa',
    ],
    details: [
      'Mặt đường bong tróc, nhiều ổ gà sâu khoảng 10–15 cm, trời mưa đọng nước nên người đi đường không nhìn thấy.',
      'Đã có người đi xe máy bị ngã vào buổi tối, đặc biệt nguy hiểm với học sinh đi xe đạp.',
      'Nắp hố ga bị vỡ, chỉ được che tạm bằng cành cây, rất dễ gây tai nạn.',
      'Mặt đường bị lún thành rãnh dài, xe tải đi qua làm hư hỏng thêm.',
    ],
    answers: [
      'Đơn vị quản lý đã vá ổ gà và thảm lại đoạn đường hư hỏng. Cảm ơn người dân đã phản ánh.',
      'Đã thay nắp hố ga và đặt biển cảnh báo trong thời gian thi công. Công trình đã hoàn thành.',
    ],
  },
  'ngap-ung': {
    titles: [
      'Ngập sâu tại {street} mỗi khi mưa lớn',
      'Cống thoát nước trên {street} bị tắc',
      'Nước thải tràn ra đường {street}',
    ],
    details: [
      'Mỗi khi mưa lớn, nước ngập sâu 30–40 cm, kéo dài nhiều giờ, nhiều xe chết máy giữa đường.',
      'Miệng cống bị rác và bùn đất lấp kín nên nước không thoát được.',
      'Nước thải bốc mùi hôi, tràn ra mặt đường ảnh hưởng đến các hộ dân xung quanh.',
    ],
    answers: [
      'Đã nạo vét cống, khơi thông dòng chảy; sẽ đưa tuyến cống vào kế hoạch cải tạo năm tới.',
      'Đơn vị thoát nước đã thông tắc và thay lưới chắn rác tại các miệng cống.',
    ],
  },
  'chieu-sang': {
    titles: [
      'Đèn đường {street} không sáng',
      'Hệ thống chiếu sáng {street} hỏng nhiều ngày',
      'Cột đèn nghiêng có nguy cơ đổ tại {street}',
    ],
    details: [
      'Cả đoạn đường tối om từ tối đến sáng, người dân đi lại rất khó khăn và lo mất an ninh.',
      'Nhiều bóng đèn bị cháy, chỉ còn vài bóng sáng yếu.',
      'Cột đèn bị xe va vào, nghiêng hẳn ra lòng đường, dây điện lủng lẳng.',
    ],
    answers: [
      'Đã thay bóng đèn và sửa chữa tủ điện chiếu sáng; tuyến đường đã sáng trở lại.',
      'Đã dựng lại cột đèn và kiểm tra an toàn điện.',
    ],
  },
  'cay-xanh': {
    titles: [
      'Cây xanh nghiêng, có nguy cơ đổ trên {street}',
      'Cành cây khô gãy trên {street}',
      'Đề nghị cắt tỉa cây che khuất đèn tín hiệu tại {street}',
    ],
    details: [
      'Sau đợt gió mạnh, cây bị nghiêng, bật một phần gốc, rất nguy hiểm nếu có bão.',
      'Nhiều cành khô có thể rơi xuống đầu người đi đường.',
      'Tán cây rậm che khuất biển báo và đèn tín hiệu giao thông.',
    ],
    answers: [
      'Đơn vị công viên cây xanh đã cắt tỉa và chằng chống cây.',
      'Đã chặt hạ cây chết khô và trồng cây thay thế.',
    ],
  },
  'rac-thai': {
    titles: [
      'Rác thải tồn đọng nhiều ngày tại {street}',
      'Bãi rác tự phát gần {street}',
      'Đổ trộm phế thải xây dựng tại {street}',
    ],
    details: [
      'Rác không được thu gom nhiều ngày, bốc mùi hôi thối, ruồi muỗi nhiều.',
      'Người dân nơi khác đến đổ rác ban đêm, hình thành bãi rác tự phát ngay cạnh khu dân cư.',
      'Xe chở phế thải xây dựng đổ trộm xuống lề đường, lấn cả sang phần đường đi.',
    ],
    answers: [
      'Đã thu gom, vận chuyển toàn bộ rác tồn đọng và tăng tần suất thu gom.',
      'Đã dọn dẹp, lắp camera giám sát và biển cấm đổ rác.',
    ],
  },
  'cap-nuoc': {
    titles: [
      'Mất nước sinh hoạt kéo dài tại {street}',
      'Nước máy có màu vàng, mùi lạ tại {street}',
      'Vỡ ống cấp nước trên {street}',
    ],
    details: [
      'Khu dân cư bị mất nước nhiều ngày mà không có thông báo trước.',
      'Nước chảy ra có cặn và màu vàng, không dùng được để nấu ăn.',
      'Ống nước bị vỡ, nước chảy lênh láng ra đường gây lãng phí.',
    ],
    answers: [
      'Đơn vị cấp nước đã sửa chữa đường ống và cấp nước trở lại.',
      'Đã súc xả đường ống; kết quả xét nghiệm mẫu nước đạt quy chuẩn.',
    ],
  },
  'tin-hieu-giao-thong': {
    titles: [
      'Đèn tín hiệu giao thông tại nút {street} bị hỏng',
      'Thiếu biển báo nguy hiểm trên {street}',
      'Vạch sơn kẻ đường {street} bị mờ',
    ],
    details: [
      'Đèn tín hiệu chỉ nhấp nháy vàng vào giờ cao điểm, các phương tiện tranh nhau đi rất dễ va chạm.',
      'Đoạn cua gấp không có biển báo, đã xảy ra nhiều vụ va chạm.',
      'Vạch sơn bị mờ hoàn toàn, ban đêm không nhìn thấy làn đường.',
    ],
    answers: ['Đã sửa chữa bộ điều khiển đèn tín hiệu.', 'Đã bổ sung biển báo và sơn lại vạch kẻ đường.'],
  },
  'an-ninh-trat-tu': {
    titles: [
      'Tụ tập đua xe ban đêm trên {street}',
      'Nghi vấn hoạt động cờ bạc tại khu vực {street}',
      'Trộm cắp xe máy xảy ra nhiều lần tại {street}',
    ],
    details: [
      'Nhóm thanh niên thường tụ tập, rú ga, lạng lách sau 23 giờ gây mất an ninh trật tự.',
      'Thường xuyên có nhiều người lạ tụ tập đến khuya, nghi có hoạt động cờ bạc.',
      'Trong tháng đã có nhiều vụ mất trộm xe máy để trước cửa nhà.',
    ],
    answers: [
      'Công an đã tăng cường tuần tra, xử lý các trường hợp vi phạm.',
      'Đã kiểm tra, xác minh và xử lý theo quy định.',
    ],
  },
  'lan-chiem-via-he': {
    titles: [
      'Lấn chiếm vỉa hè để kinh doanh trên {street}',
      'Họp chợ tạm lấn chiếm lòng đường {street}',
      'Trông giữ xe trái phép trên vỉa hè {street}',
    ],
    details: [
      'Các hộ kinh doanh bày hàng kín vỉa hè, người đi bộ phải đi xuống lòng đường.',
      'Chợ tạm họp từ sáng sớm, chiếm gần hết lòng đường gây ùn tắc.',
      'Vỉa hè bị dùng làm bãi trông giữ xe thu tiền, không còn lối đi.',
    ],
    answers: [
      'Tổ công tác trật tự đô thị đã kiểm tra, lập biên bản và yêu cầu các hộ cam kết không tái phạm.',
      'Đã giải tỏa, trả lại lòng đường, vỉa hè cho người đi bộ.',
    ],
  },
  'tieng-on': {
    titles: [
      'Karaoke gây ồn sau 22 giờ tại {street}',
      'Xưởng sản xuất gây ồn và bụi tại {street}',
      'Đốt rơm rạ gây khói bụi gần {street}',
    ],
    details: [
      'Loa kẹo kéo hát karaoke đến khuya, ảnh hưởng nghiêm trọng đến giấc ngủ của người già và trẻ nhỏ.',
      'Xưởng hoạt động cả đêm, tiếng ồn lớn, bụi bay vào nhà dân.',
      'Khói bụi dày đặc vào buổi chiều, ảnh hưởng đến sức khỏe và tầm nhìn khi tham gia giao thông.',
    ],
    answers: [
      'Đã nhắc nhở, xử phạt hành chính trường hợp vi phạm quy định về tiếng ồn.',
      'Đã kiểm tra, yêu cầu cơ sở khắc phục và cam kết bảo vệ môi trường.',
    ],
  },
  'an-toan-thuc-pham': {
    titles: [
      'Cơ sở kinh doanh thực phẩm không đảm bảo vệ sinh tại {street}',
      'Bán thực phẩm không rõ nguồn gốc gần trường học ở {street}',
    ],
    details: [
      'Cơ sở chế biến ngay trên nền đất, không có dụng cụ che đậy.',
      'Quà vặt không nhãn mác bán cho học sinh trước cổng trường.',
    ],
    answers: ['Đoàn kiểm tra liên ngành đã kiểm tra, xử phạt và tiêu hủy hàng hóa không rõ nguồn gốc.'],
  },
  'y-te-giao-duc': {
    titles: [
      'Đề nghị bố trí thêm giờ tiêm chủng tại trạm y tế {unit}',
      'Đường vào trường học {street} mất an toàn giờ tan học',
    ],
    details: [
      'Trạm y tế chỉ tiêm chủng một buổi mỗi tháng, người dân phải chờ rất lâu.',
      'Giờ tan học phụ huynh đỗ xe tràn ra đường, nhiều xe tải đi qua rất nguy hiểm.',
    ],
    answers: [
      'Trạm y tế đã bổ sung buổi tiêm chủng vào thứ Bảy.',
      'Đã bố trí lực lượng phân luồng giao thông giờ tan học.',
    ],
  },
  'dat-dai-xay-dung': {
    titles: [
      'Xây dựng không phép tại {street}',
      'Lấn chiếm đất công, hành lang đê tại {street}',
      'Công trình xây dựng không che chắn tại {street}',
    ],
    details: [
      'Hộ dân đang xây dựng công trình kiên cố nhưng không có biển báo cấp phép.',
      'Đất hành lang bảo vệ đê bị san lấp để làm lán trại.',
      'Vật liệu rơi vãi, bụi bẩn ra đường, không có lưới che chắn.',
    ],
    answers: [
      'Đã lập biên bản, đình chỉ thi công và yêu cầu tự tháo dỡ phần vi phạm.',
      'Chủ đầu tư đã lắp đặt che chắn và vệ sinh mặt đường.',
    ],
  },
  'gop-y-do-thi': {
    titles: [
      'Đề xuất làm thêm vườn hoa, sân chơi cho trẻ em tại {unit}',
      'Góp ý bố trí điểm dừng xe buýt trên {street}',
    ],
    details: [
      'Khu dân cư đông trẻ nhỏ nhưng chưa có sân chơi công cộng; đề xuất tận dụng khu đất trống.',
      'Điểm dừng hiện nay quá xa khu dân cư, đề xuất bố trí thêm một điểm dừng.',
    ],
    answers: ['Cảm ơn góp ý; đề xuất đã được tổng hợp vào kế hoạch chỉnh trang đô thị.'],
  },
  'gop-y-cai-cach': {
    titles: [
      'Góp ý về việc nộp hồ sơ trực tuyến tại {unit}',
      'Đề xuất mở rộng thanh toán không dùng tiền mặt tại bộ phận một cửa',
    ],
    details: [
      'Hệ thống yêu cầu tải lên nhiều giấy tờ trùng lặp, đề nghị đơn giản hóa.',
      'Đề nghị bộ phận một cửa nhận thanh toán bằng mã QR để người dân đỡ phải mang tiền mặt.',
    ],
    answers: ['Cảm ơn góp ý; bộ phận một cửa đã triển khai thanh toán bằng mã QR.'],
  },
  'ho-so-tre-hen': {
    titles: [
      'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị trễ hẹn',
      'Hồ sơ đăng ký hộ kinh doanh quá hạn chưa có kết quả',
    ],
    details: [
      'Đã quá ngày hẹn trả kết quả hơn hai tuần nhưng chưa nhận được thông báo.',
      'Đã nộp đủ giấy tờ nhưng quá hạn vẫn chưa có kết quả, không rõ lý do.',
    ],
    answers: ['Bộ phận một cửa đã trả kết quả và gửi thư xin lỗi vì trễ hẹn.'],
  },
  'thai-do-can-bo': {
    titles: [
      'Phản ánh thái độ phục vụ tại bộ phận một cửa {unit}',
      'Cán bộ hướng dẫn chưa rõ ràng, phải đi lại nhiều lần',
    ],
    details: [
      'Cán bộ trả lời cộc lốc, không hướng dẫn cụ thể giấy tờ cần bổ sung.',
      'Phải đi lại ba lần mới nộp được hồ sơ do mỗi lần được hướng dẫn một kiểu.',
    ],
    answers: ['Đã kiểm điểm, nhắc nhở cán bộ và niêm yết công khai danh mục giấy tờ.'],
  },
  'thuc-hien-chi-dao': {
    titles: [
      'Đề nghị đôn đốc thực hiện chỉ đạo về giải tỏa chợ tạm tại {unit}',
      'Việc thực hiện kết luận về cải tạo tuyến đường {street} còn chậm',
    ],
    details: [
      'Đã có chỉ đạo của thành phố nhưng đến nay việc thực hiện còn chậm.',
      'Kết luận đã ban hành nhiều tháng nhưng công trình vẫn chưa được triển khai.',
    ],
    answers: ['Đã báo cáo tiến độ thực hiện và cam kết hoàn thành trong quý.'],
  },
};

export const OPENINGS = [
  'Tại {address}, ',
  'Kính gửi cơ quan chức năng: tại {address}, ',
  'Tôi là người dân sống ở {unit}. Tại {address}, ',
  'Khu vực {address}: ',
] as const;
export const REQUESTS = [
  'Đề nghị cơ quan chức năng sớm kiểm tra, xử lý.',
  'Kính đề nghị chính quyền địa phương quan tâm giải quyết.',
  'Mong được xử lý sớm để đảm bảo an toàn cho người dân.',
  'Rất mong nhận được phản hồi. Xin cảm ơn!',
] as const;

export const REJECT_REASONS = [
  'Nội dung phản ánh trùng với phản ánh đã được tiếp nhận và xử lý trước đó.',
  'Nội dung phản ánh không đủ thông tin để xác minh; đề nghị người dân cung cấp thêm vị trí và hình ảnh.',
  'Vụ việc thuộc quan hệ dân sự giữa các hộ gia đình, không thuộc phạm vi tiếp nhận; đề nghị liên hệ tổ hòa giải ở cơ sở.',
] as const;
