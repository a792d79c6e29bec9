package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.sample.BenTreSample;
import java.text.Normalizer;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The full Vietnamese text of the bundled sample's 2022 and 2023 reports, with the phrasings of
 * REFERENCE section 6a: the seed's own admission sentence (2022), a range stated with its bounds
 * and "chưa đạt chỉ tiêu" (2023), a share as the share itself, a reduction with the change first, a
 * "none" target in words, zero counts in words ("không có tổ chức cơ sở đảng không hoàn thành nhiệm
 * vụ"), "không xếp loại", counts under 10 with a leading zero, decimal commas, and no internal
 * words ("tính từ dữ liệu", "số liệu báo cáo").
 *
 * <p>2023, as 6a decides it: the discipline target (9 in 2022, 5% fewer: at most 8.55) with 08 is
 * "vượt chỉ tiêu", since exceeded vs met is decided on the exact change (8 is below 8.55), not on
 * the rounded limit 8 (T5); the union and youth share 94,39% against "trên 90%" is "vượt chỉ tiêu",
 * a share strictly above its threshold exceeding "at least" and "above" targets alike (T1,
 * TargetPolicies.AboveThreshold, default EXCEEDED).
 */
class YearEndReportFullTextTest {
  private final BenTreSample sample = BenTreSample.get();

  @Test
  void vietnameseText_2022_isTheWholeReport_6a() {
    String text = sample.report(Year.of(2022)).toVietnameseText();
    assertThat(text).isEqualTo(EXPECTED_2022);
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void vietnameseText_2023_isTheWholeReport_6a() {
    String text = sample.report(Year.of(2023)).toVietnameseText();
    assertThat(text).isEqualTo(EXPECTED_2023);
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void neitherReport_usesTheWordsSection6aForbids() {
    for (int year : new int[] {2022, 2023}) {
      String text = sample.report(Year.of(year)).toVietnameseText();
      assertThat(text)
          .doesNotContain("chưa xếp loại")
          .doesNotContain("Không đạt")
          .doesNotContain("vi phạm quy định")
          .doesNotContain("đạt danh hiệu")
          .doesNotContain("tính từ dữ liệu")
          .doesNotContain("số liệu báo cáo")
          .doesNotContain(" 0 ")
          .doesNotContain("(0%)")
          .doesNotContainPattern("[0-9]\\.[0-9]+%");
    }
  }

  private static final String EXPECTED_2022 =
      """
        Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh (mẫu Bến Tre, tổng hợp) - Báo cáo tổng kết năm 2022

        1. Kết quả thực hiện nhiệm vụ
        Chủ đề năm 2022 (Tỉnh ủy): “Đồng thuận - Sáng tạo - Phát triển”.
        Đã thực hiện xong 23/23 đầu việc trên 05 lĩnh vực công tác: Chính trị, tư tưởng; Tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ; Kiểm tra, giám sát và thi hành kỷ luật trong Đảng; Hoạt động Đoàn Thanh niên; Công tác lãnh đạo, chỉ đạo, điều hành của Ban Thường vụ Đảng ủy Khối.
        Chính trị, tư tưởng: 06/06 đầu việc đã thực hiện xong.
        Tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ: 06/06 đầu việc đã thực hiện xong.
        Kiểm tra, giám sát và thi hành kỷ luật trong Đảng: 04/04 đầu việc đã thực hiện xong.
        Hoạt động Đoàn Thanh niên: 03/03 đầu việc đã thực hiện xong.
        Công tác lãnh đạo, chỉ đạo, điều hành của Ban Thường vụ Đảng ủy Khối: 04/04 đầu việc đã thực hiện xong.

        2. Công tác tổ chức xây dựng Đảng
        Kết nạp 165/160 đảng viên mới, đạt 103,13% chỉ tiêu năm 2022.
        Xếp loại chất lượng đảng viên năm 2022: 802 hoàn thành xuất sắc nhiệm vụ (16,75%), 3.897 hoàn thành tốt nhiệm vụ (81,41%), 60 hoàn thành nhiệm vụ (1,25%), 28 không hoàn thành nhiệm vụ (0,58%); hoàn thành tốt nhiệm vụ trở lên 98,16%; 92 đảng viên không xếp loại.
        Xếp loại chất lượng tổ chức cơ sở đảng năm 2022: 11 hoàn thành xuất sắc nhiệm vụ (11%), 76 hoàn thành tốt nhiệm vụ (76%), 12 hoàn thành nhiệm vụ (12%), 01 không hoàn thành nhiệm vụ (1%); hoàn thành tốt nhiệm vụ trở lên 87%.
        Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ vượt 20% số đảng viên hoàn thành tốt nhiệm vụ ở 49 tổ chức cơ sở đảng (vượt 132 đảng viên).
        Tỷ lệ tổ chức đảng hoàn thành xuất sắc nhiệm vụ vượt 20% số tổ chức đảng hoàn thành tốt nhiệm vụ ở 32 đảng bộ (vượt 40 tổ chức đảng).

        3. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng
        Quyết định kỷ luật 09 đảng viên (giảm 06 trường hợp, tương đương giảm 40% so với cùng kỳ năm 2021).

        4. Thi đua, khen thưởng
        Phong trào thi đua “Đồng Khởi mới”: cấp ủy cơ sở biểu dương, khen thưởng 39 tập thể, 161 cá nhân; Đảng ủy Khối khen thưởng 07 tập thể, 06 cá nhân; đề nghị về tỉnh khen thưởng 02 tập thể và 02 cá nhân.
        Chuyên đề năm 2022 học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: cấp ủy cơ sở biểu dương, khen thưởng 64 tập thể, 291 cá nhân; Đảng ủy Khối khen thưởng 10 tập thể, 16 cá nhân; đề nghị về tỉnh khen thưởng 01 tập thể và 01 cá nhân.

        5. Công tác dân vận
        Phong trào thi đua “Dân vận khéo”: có 13 mô hình đăng ký thực hiện trong năm 2022; công nhận 10 mô hình cấp tỉnh.

        6. Hoạt động Đoàn Thanh niên
        Đoàn đã giới thiệu 77 đoàn viên ưu tú cho Đảng, có 27 đoàn viên ưu tú được kết nạp vào Đảng.

        7. Kết quả thực hiện chỉ tiêu Nghị quyết năm 2022
        Kết nạp 160 đảng viên mới trở lên: kết quả 165/160, đạt 103,13% chỉ tiêu, vượt chỉ tiêu.
        Kéo giảm 10% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2021: kết quả 09, giảm 40% so với năm 2021 (chỉ tiêu giảm 10%), vượt chỉ tiêu.

        8. Chỉ tiêu năm 2023
        100% cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị được giao.
        100% chi ủy, đảng ủy cơ sở xây dựng kế hoạch và tổ chức triển khai thực hiện có hiệu quả việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
        100% cán bộ, đảng viên đăng ký thực hiện thi đua “Đồng khởi mới”.
        80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.
        Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.
        80% đảng viên hoàn thành tốt nhiệm vụ trở lên.
        Kết nạp từ 180 - 200 đảng viên mới.
        Thành lập từ 1 - 2 tổ chức đảng trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài.
        Hoàn thành 100% chương trình, kế hoạch kiểm tra, giám sát.
        Kéo giảm 5% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2022.
        Trên 90% tổ chức Công đoàn, Đoàn Thanh niên ở cơ sở hoàn thành tốt nhiệm vụ trở lên.
        Không có tổ chức đoàn thể không hoàn thành nhiệm vụ.
        """;

  private static final String EXPECTED_2023 =
      """
        Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh (mẫu Bến Tre, tổng hợp) - Báo cáo tổng kết năm 2023

        1. Kết quả thực hiện nhiệm vụ
        Chủ đề năm 2023 (Tỉnh ủy): “Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển”.
        Đã thực hiện xong 22/24 đầu việc trên 05 lĩnh vực công tác: Chính trị, tư tưởng; Tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ; Kiểm tra, giám sát và thi hành kỷ luật trong Đảng; Hoạt động Đoàn Thanh niên; Công tác lãnh đạo, chỉ đạo, điều hành của Ban Thường vụ Đảng ủy Khối.
        Chính trị, tư tưởng: 06/06 đầu việc đã thực hiện xong.
        Tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ: 06/06 đầu việc đã thực hiện xong.
        Kiểm tra, giám sát và thi hành kỷ luật trong Đảng: 04/04 đầu việc đã thực hiện xong.
        Hoạt động Đoàn Thanh niên: 03/03 đầu việc đã thực hiện xong.
        Công tác lãnh đạo, chỉ đạo, điều hành của Ban Thường vụ Đảng ủy Khối: 03/05 đầu việc đã thực hiện xong.

        2. Công tác tổ chức xây dựng Đảng
        Kết nạp 172 đảng viên mới, đạt 95,56% so với mức tối thiểu của chỉ tiêu (180 - 200 đảng viên), chưa đạt chỉ tiêu.
        Xếp loại chất lượng đảng viên năm 2023: 818 hoàn thành xuất sắc nhiệm vụ (16,48%), 4.056 hoàn thành tốt nhiệm vụ (81,72%), 65 hoàn thành nhiệm vụ (1,31%), 24 không hoàn thành nhiệm vụ (0,48%); hoàn thành tốt nhiệm vụ trở lên 98,21%; 97 đảng viên không xếp loại.
        Xếp loại chất lượng tổ chức cơ sở đảng năm 2023: 21 hoàn thành xuất sắc nhiệm vụ (20,59%), 76 hoàn thành tốt nhiệm vụ (74,51%), 05 hoàn thành nhiệm vụ (4,9%), không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ; hoàn thành tốt nhiệm vụ trở lên 95,1%.
        Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ vượt 20% số đảng viên hoàn thành tốt nhiệm vụ ở 54 tổ chức cơ sở đảng (vượt 131 đảng viên).
        Tỷ lệ tổ chức đảng hoàn thành xuất sắc nhiệm vụ vượt 20% số tổ chức đảng hoàn thành tốt nhiệm vụ ở 26 đảng bộ (vượt 40 tổ chức đảng).

        3. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng
        Quyết định kỷ luật 08 đảng viên (giảm 01 trường hợp, tương đương giảm 11,11% so với cùng kỳ năm 2022).

        4. Thi đua, khen thưởng
        Phong trào thi đua “Đồng Khởi mới”: cấp ủy cơ sở biểu dương, khen thưởng 42 tập thể, 170 cá nhân; Đảng ủy Khối khen thưởng 08 tập thể, 07 cá nhân; đề nghị về tỉnh khen thưởng 02 tập thể và 03 cá nhân.

        5. Công tác dân vận
        Phong trào thi đua “Dân vận khéo”: có 11 mô hình đăng ký thực hiện trong năm 2023; công nhận 01 mô hình cấp huyện; công nhận 07 mô hình cấp tỉnh.

        6. Hoạt động Đoàn Thanh niên
        Đoàn đã giới thiệu 80 đoàn viên ưu tú cho Đảng, có 31 đoàn viên ưu tú được kết nạp vào Đảng.

        7. Kết quả thực hiện chỉ tiêu Nghị quyết năm 2023
        100% cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị được giao: kết quả 97% (97/100), chưa đạt chỉ tiêu (100%).
        100% chi ủy, đảng ủy cơ sở xây dựng kế hoạch và tổ chức triển khai thực hiện có hiệu quả việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: kết quả 100% (102/102), đạt chỉ tiêu (100%).
        100% cán bộ, đảng viên đăng ký thực hiện thi đua “Đồng khởi mới”: kết quả 100% (5060/5060), đạt chỉ tiêu (100%).
        80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: kết quả 95,1% (97/102), vượt chỉ tiêu (từ 80% trở lên).
        Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ, đạt chỉ tiêu.
        80% đảng viên hoàn thành tốt nhiệm vụ trở lên: kết quả 98,21% (4874/4963), vượt chỉ tiêu (từ 80% trở lên).
        Kết nạp từ 180 - 200 đảng viên mới: kết quả 172, đạt 95,56% so với mức tối thiểu của chỉ tiêu (180 - 200), chưa đạt chỉ tiêu.
        Thành lập từ 1 - 2 tổ chức đảng trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài: kết quả 02, trong khoảng chỉ tiêu (01 - 02), đạt chỉ tiêu.
        Hoàn thành 100% chương trình, kế hoạch kiểm tra, giám sát: thực hiện 24/24 (100%), đạt chỉ tiêu.
        Kéo giảm 5% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2022: kết quả 08, giảm 11,11% so với năm 2022 (chỉ tiêu giảm 5%), vượt chỉ tiêu.
        Trên 90% tổ chức Công đoàn, Đoàn Thanh niên ở cơ sở hoàn thành tốt nhiệm vụ trở lên: kết quả 94,39% (185/196), vượt chỉ tiêu (trên 90%).
        Không có tổ chức đoàn thể không hoàn thành nhiệm vụ, đạt chỉ tiêu.
        """;
}
