/**
 * Sentences for generated sample reports, by category, written as citizens write to 1022.
 * Each report template pairs a title with the detail that tells it and the answers that fit
 * it, so that a report's content and answer never contradict its title.
 *
 * Placeholders: `{road}` a road in a sentence (`đường Lạch Tray`, `Quốc lộ 5`, `đường thôn Hạ`),
 * never after a word for road; `{Road}` the same at the start of a sentence; `{place}` a spot
 * (`đường Lạch Tray`, `thôn Hạ`, `Quốc lộ 5`); `{unit}` the commune (`xã Bình Giang`);
 * `{address}` the full sample address.
 */
export interface ReportTemplate {
  title: string;
  /** The citizen's description of this very problem. */
  detail: string;
  /** The authority's answers to this problem when resolved. */
  answers: readonly string[];
}

export const TEMPLATES: Record<string, readonly ReportTemplate[]> = {
  'duong-hu-hong': [
    {
      title: 'Mặt {road} xuất hiện nhiều ổ gà',
      detail:
        'Mặt đường bong tróc, nhiều ổ gà sâu khoảng 10–15 cm, trời mưa đọng nước nên người đi đường không nhìn thấy.',
      answers: ['Đơn vị quản lý đã vá ổ gà và thảm lại đoạn đường hư hỏng. Cảm ơn người dân đã phản ánh.'],
    },
    {
      title: '{Road} hư hỏng nặng, nguy hiểm cho người đi xe máy',
      detail:
        'Mặt đường hư hỏng nhiều chỗ, đã có người đi xe máy bị ngã vào buổi tối, đặc biệt nguy hiểm với học sinh đi xe đạp.',
      answers: ['Đơn vị quản lý đã vá ổ gà và thảm lại đoạn đường hư hỏng. Cảm ơn người dân đã phản ánh.'],
    },
    {
      title: 'Hố ga bị vỡ nắp trên {road}',
      detail: 'Nắp hố ga bị vỡ, chỉ được che tạm bằng cành cây, rất dễ gây tai nạn.',
      answers: ['Đã thay nắp hố ga và đặt biển cảnh báo trong thời gian thi công. Công trình đã hoàn thành.'],
    },
    {
      title: 'Một đoạn {road} sụt lún sau mưa',
      detail: 'Mặt đường bị lún thành rãnh dài, xe tải đi qua làm hư hỏng thêm.',
      answers: ['Đơn vị quản lý đã xử lý nền đường bị lún và thảm lại mặt đường.'],
    },
  ],
  'ngap-ung': [
    {
      title: 'Ngập sâu tại {place} mỗi khi mưa lớn',
      detail: 'Mỗi khi mưa lớn, nước ngập sâu 30–40 cm, kéo dài nhiều giờ, nhiều xe chết máy giữa đường.',
      answers: ['Đã nạo vét cống, khơi thông dòng chảy; sẽ đưa tuyến cống vào kế hoạch cải tạo năm tới.'],
    },
    {
      title: 'Cống thoát nước trên {road} bị tắc',
      detail: 'Miệng cống bị rác và bùn đất lấp kín nên nước không thoát được.',
      answers: [
        'Đơn vị thoát nước đã thông tắc và thay lưới chắn rác tại các miệng cống.',
        'Đã nạo vét cống, khơi thông dòng chảy; sẽ đưa tuyến cống vào kế hoạch cải tạo năm tới.',
      ],
    },
    {
      title: 'Nước thải tràn ra {road}',
      detail: 'Nước thải bốc mùi hôi, tràn ra mặt đường ảnh hưởng đến các hộ dân xung quanh.',
      answers: ['Đã thông tắc đường ống thoát nước thải và yêu cầu các hộ đấu nối đúng quy định.'],
    },
  ],
  'chieu-sang': [
    {
      title: 'Đèn chiếu sáng trên {road} không sáng',
      detail: 'Cả đoạn đường tối om từ tối đến sáng, người dân đi lại rất khó khăn và lo mất an ninh.',
      answers: ['Đã sửa chữa tủ điện chiếu sáng; tuyến đường đã sáng trở lại.'],
    },
    {
      title: 'Hệ thống chiếu sáng {road} hỏng nhiều ngày',
      detail: 'Nhiều bóng đèn bị cháy, chỉ còn vài bóng sáng yếu.',
      answers: ['Đã thay bóng đèn và sửa chữa tủ điện chiếu sáng; tuyến đường đã sáng trở lại.'],
    },
    {
      title: 'Cột đèn trên {road} bị nghiêng, có nguy cơ đổ',
      detail: 'Cột đèn bị xe va vào, nghiêng hẳn ra lòng đường, dây điện lủng lẳng.',
      answers: ['Đã dựng lại cột đèn và kiểm tra an toàn điện.'],
    },
  ],
  'cay-xanh': [
    {
      title: 'Cây xanh trên {road} bị nghiêng, có nguy cơ đổ',
      detail: 'Sau đợt gió mạnh, cây bị nghiêng, bật một phần gốc, rất nguy hiểm nếu có bão.',
      answers: ['Đơn vị công viên cây xanh đã cắt tỉa và chằng chống cây.'],
    },
    {
      title: 'Cành cây khô gãy trên {road}',
      detail: 'Nhiều cành khô có thể rơi xuống đầu người đi đường.',
      answers: ['Đã cắt bỏ cành khô; cây chết khô đã được chặt hạ và trồng cây thay thế.'],
    },
    {
      title: 'Đề nghị cắt tỉa cây che khuất đèn tín hiệu tại {place}',
      detail: 'Tán cây rậm che khuất biển báo và đèn tín hiệu giao thông.',
      answers: ['Đơn vị công viên cây xanh đã cắt tỉa tán cây, biển báo và đèn tín hiệu đã thông thoáng.'],
    },
  ],
  'rac-thai': [
    {
      title: 'Rác thải tồn đọng nhiều ngày tại {place}',
      detail: 'Rác không được thu gom nhiều ngày, bốc mùi hôi thối, ruồi muỗi nhiều.',
      answers: ['Đã thu gom, vận chuyển toàn bộ rác tồn đọng và tăng tần suất thu gom.'],
    },
    {
      title: 'Bãi rác tự phát gần {place}',
      detail: 'Người dân nơi khác đến đổ rác ban đêm, hình thành bãi rác tự phát ngay cạnh khu dân cư.',
      answers: ['Đã dọn dẹp, lắp camera giám sát và biển cấm đổ rác.'],
    },
    {
      title: 'Đổ trộm phế thải xây dựng tại {place}',
      detail: 'Xe chở phế thải xây dựng đổ trộm xuống lề đường, lấn cả sang phần đường đi.',
      answers: ['Đã dọn dẹp phế thải, lắp camera giám sát và biển cấm đổ rác.'],
    },
  ],
  'cap-nuoc': [
    {
      title: 'Mất nước sinh hoạt kéo dài tại {place}',
      detail: 'Khu dân cư bị mất nước nhiều ngày mà không có thông báo trước.',
      answers: ['Đơn vị cấp nước đã sửa chữa đường ống và cấp nước trở lại.'],
    },
    {
      title: 'Nước máy có màu vàng, mùi lạ tại {place}',
      detail: 'Nước chảy ra có cặn và màu vàng, không dùng được để nấu ăn.',
      answers: ['Đã súc xả đường ống; kết quả xét nghiệm mẫu nước đạt quy chuẩn.'],
    },
    {
      title: 'Vỡ ống cấp nước trên {road}',
      detail: 'Ống nước bị vỡ, nước chảy lênh láng ra đường gây lãng phí.',
      answers: ['Đơn vị cấp nước đã sửa chữa đường ống và cấp nước trở lại.'],
    },
  ],
  'tin-hieu-giao-thong': [
    {
      title: 'Đèn tín hiệu giao thông trên {road} bị hỏng',
      detail: 'Đèn tín hiệu chỉ nhấp nháy vàng vào giờ cao điểm, các phương tiện tranh nhau đi rất dễ va chạm.',
      answers: ['Đã sửa chữa bộ điều khiển đèn tín hiệu.'],
    },
    {
      title: 'Thiếu biển báo nguy hiểm trên {road}',
      detail: 'Đoạn cua gấp không có biển báo, đã xảy ra nhiều vụ va chạm.',
      answers: ['Đã bổ sung biển báo nguy hiểm tại đoạn cua.'],
    },
    {
      title: 'Vạch sơn kẻ đường trên {road} bị mờ',
      detail: 'Vạch sơn bị mờ hoàn toàn, ban đêm không nhìn thấy làn đường.',
      answers: ['Đã sơn lại vạch kẻ đường.'],
    },
  ],
  'an-ninh-trat-tu': [
    {
      title: 'Tụ tập đua xe ban đêm trên {road}',
      detail: 'Nhóm thanh niên thường tụ tập, rú ga, lạng lách sau 23 giờ gây mất an ninh trật tự.',
      answers: ['Công an đã tăng cường tuần tra, xử lý các trường hợp vi phạm.'],
    },
    {
      title: 'Nghi vấn hoạt động cờ bạc tại khu vực {place}',
      detail: 'Thường xuyên có nhiều người lạ tụ tập đến khuya, nghi có hoạt động cờ bạc.',
      answers: ['Đã kiểm tra, xác minh và xử lý theo quy định.'],
    },
    {
      title: 'Trộm cắp xe máy xảy ra nhiều lần tại {place}',
      detail: 'Trong tháng đã có nhiều vụ mất trộm xe máy để trước cửa nhà.',
      answers: [
        'Công an đã tăng cường tuần tra, xử lý các trường hợp vi phạm.',
        'Đã kiểm tra, xác minh và xử lý theo quy định.',
      ],
    },
  ],
  'lan-chiem-via-he': [
    {
      title: 'Lấn chiếm vỉa hè để kinh doanh trên {road}',
      detail: 'Các hộ kinh doanh bày hàng kín vỉa hè, người đi bộ phải đi xuống lòng đường.',
      answers: ['Tổ công tác trật tự đô thị đã kiểm tra, lập biên bản và yêu cầu các hộ cam kết không tái phạm.'],
    },
    {
      title: 'Chợ tạm họp trên {road}, lấn chiếm lòng đường',
      detail: 'Chợ tạm họp từ sáng sớm, chiếm gần hết lòng đường gây ùn tắc.',
      answers: ['Đã giải tỏa chợ tạm, trả lại lòng đường cho người đi đường.'],
    },
    {
      title: 'Trông giữ xe trái phép trên vỉa hè {road}',
      detail: 'Vỉa hè bị dùng làm bãi trông giữ xe thu tiền, không còn lối đi.',
      answers: ['Đã giải tỏa điểm trông giữ xe trái phép, trả lại vỉa hè cho người đi bộ.'],
    },
  ],
  'tieng-on': [
    {
      title: 'Karaoke gây ồn sau 22 giờ tại {place}',
      detail: 'Loa kẹo kéo hát karaoke đến khuya, ảnh hưởng nghiêm trọng đến giấc ngủ của người già và trẻ nhỏ.',
      answers: ['Đã nhắc nhở, xử phạt hành chính trường hợp vi phạm quy định về tiếng ồn.'],
    },
    {
      title: 'Xưởng sản xuất gây ồn và bụi tại {place}',
      detail: 'Xưởng hoạt động cả đêm, tiếng ồn lớn, bụi bay vào nhà dân.',
      answers: ['Đã kiểm tra, yêu cầu cơ sở khắc phục và cam kết bảo vệ môi trường.'],
    },
    {
      title: 'Đốt rơm rạ gây khói bụi gần {place}',
      detail: 'Khói bụi dày đặc vào buổi chiều, ảnh hưởng đến sức khỏe và tầm nhìn khi tham gia giao thông.',
      answers: ['Đã tuyên truyền, nhắc nhở các hộ không đốt rơm rạ ngoài đồng.'],
    },
  ],
  'an-toan-thuc-pham': [
    {
      title: 'Cơ sở kinh doanh thực phẩm không đảm bảo vệ sinh tại {place}',
      detail: 'Cơ sở chế biến ngay trên nền đất, không có dụng cụ che đậy.',
      answers: ['Đoàn kiểm tra liên ngành đã kiểm tra, xử phạt và yêu cầu cơ sở khắc phục.'],
    },
    {
      title: 'Bán thực phẩm không rõ nguồn gốc gần trường học ở {place}',
      detail: 'Quà vặt không nhãn mác bán cho học sinh trước cổng trường.',
      answers: ['Đoàn kiểm tra liên ngành đã kiểm tra, xử phạt và tiêu hủy hàng hóa không rõ nguồn gốc.'],
    },
  ],
  'y-te-giao-duc': [
    {
      title: 'Đề nghị bố trí thêm giờ tiêm chủng tại trạm y tế {unit}',
      detail: 'Trạm y tế chỉ tiêm chủng một buổi mỗi tháng, người dân phải chờ rất lâu.',
      answers: ['Trạm y tế đã bổ sung buổi tiêm chủng vào thứ Bảy.'],
    },
    {
      title: 'Đường vào trường học ở {place} mất an toàn giờ tan học',
      detail: 'Giờ tan học phụ huynh đỗ xe tràn ra đường, nhiều xe tải đi qua rất nguy hiểm.',
      answers: ['Đã bố trí lực lượng phân luồng giao thông giờ tan học.'],
    },
  ],
  'dat-dai-xay-dung': [
    {
      title: 'Xây dựng không phép tại {place}',
      detail: 'Hộ dân đang xây dựng công trình kiên cố nhưng không có biển báo cấp phép.',
      answers: ['Đã lập biên bản, đình chỉ thi công và yêu cầu tự tháo dỡ phần vi phạm.'],
    },
    {
      title: 'Lấn chiếm đất công, hành lang đê tại {place}',
      detail: 'Đất hành lang bảo vệ đê bị san lấp để làm lán trại.',
      answers: ['Đã lập biên bản, yêu cầu tháo dỡ lán trại và trả lại hiện trạng đất hành lang đê.'],
    },
    {
      title: 'Công trình xây dựng không che chắn tại {place}',
      detail: 'Vật liệu rơi vãi, bụi bẩn ra đường, không có lưới che chắn.',
      answers: ['Chủ đầu tư đã lắp đặt che chắn và vệ sinh mặt đường.'],
    },
  ],
  'gop-y-do-thi': [
    {
      title: 'Đề xuất làm thêm vườn hoa, sân chơi cho trẻ em tại {unit}',
      detail: 'Khu dân cư đông trẻ nhỏ nhưng chưa có sân chơi công cộng; đề xuất tận dụng khu đất trống.',
      answers: ['Cảm ơn góp ý; đề xuất đã được tổng hợp vào kế hoạch chỉnh trang đô thị.'],
    },
    {
      title: 'Góp ý bố trí điểm dừng xe buýt trên {road}',
      detail: 'Điểm dừng hiện nay quá xa khu dân cư, đề xuất bố trí thêm một điểm dừng.',
      answers: ['Cảm ơn góp ý; đề xuất đã được chuyển đơn vị quản lý vận tải hành khách công cộng xem xét.'],
    },
  ],
  'gop-y-cai-cach': [
    {
      title: 'Góp ý về việc nộp hồ sơ trực tuyến tại {unit}',
      detail: 'Hệ thống yêu cầu tải lên nhiều giấy tờ trùng lặp, đề nghị đơn giản hóa.',
      answers: ['Cảm ơn góp ý; danh mục giấy tờ nộp trực tuyến đã được rà soát, bỏ các giấy tờ trùng lặp.'],
    },
    {
      title: 'Đề xuất mở rộng thanh toán không dùng tiền mặt tại bộ phận một cửa',
      detail: 'Đề nghị bộ phận một cửa nhận thanh toán bằng mã QR để người dân đỡ phải mang tiền mặt.',
      answers: ['Cảm ơn góp ý; bộ phận một cửa đã triển khai thanh toán bằng mã QR.'],
    },
  ],
  'ho-so-tre-hen': [
    {
      title: 'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị trễ hẹn',
      detail: 'Đã quá ngày hẹn trả kết quả hơn hai tuần nhưng chưa nhận được thông báo.',
      answers: ['Bộ phận một cửa đã trả kết quả và gửi thư xin lỗi vì trễ hẹn.'],
    },
    {
      title: 'Hồ sơ đăng ký hộ kinh doanh quá hạn chưa có kết quả',
      detail: 'Đã nộp đủ giấy tờ nhưng quá hạn vẫn chưa có kết quả, không rõ lý do.',
      answers: ['Bộ phận một cửa đã trả kết quả và gửi thư xin lỗi vì trễ hẹn.'],
    },
  ],
  'thai-do-can-bo': [
    {
      title: 'Phản ánh thái độ phục vụ tại bộ phận một cửa {unit}',
      detail: 'Cán bộ trả lời cộc lốc, không hướng dẫn cụ thể giấy tờ cần bổ sung.',
      answers: ['Đã kiểm điểm, nhắc nhở cán bộ và niêm yết công khai danh mục giấy tờ.'],
    },
    {
      title: 'Cán bộ hướng dẫn chưa rõ ràng, phải đi lại nhiều lần',
      detail: 'Phải đi lại ba lần mới nộp được hồ sơ do mỗi lần được hướng dẫn một kiểu.',
      answers: ['Đã kiểm điểm, nhắc nhở cán bộ và niêm yết công khai danh mục giấy tờ.'],
    },
  ],
  'thuc-hien-chi-dao': [
    {
      title: 'Đề nghị đôn đốc thực hiện chỉ đạo về giải tỏa chợ tạm tại {unit}',
      detail: 'Đã có chỉ đạo của thành phố về giải tỏa chợ tạm nhưng đến nay việc thực hiện còn chậm.',
      answers: ['Đã báo cáo tiến độ thực hiện và cam kết hoàn thành trong quý.'],
    },
    {
      title: 'Việc thực hiện kết luận về cải tạo {road} còn chậm',
      detail: 'Kết luận đã ban hành nhiều tháng nhưng công trình cải tạo vẫn chưa được triển khai.',
      answers: ['Đã báo cáo tiến độ thực hiện và cam kết hoàn thành trong quý.'],
    },
  ],
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
