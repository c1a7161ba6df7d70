package jp.kyoso.kpi.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Object mother: the six tables of Shinagawa's 2025 evaluation sheet as pasted text, and what each row says,
 * read by a person from the cells (numbers without thousands separators).
 */
public final class ShinagawaSheets {

    public static final List<String> FILES = List.of("01-2030-vision.tsv", "02-initiatives-a.tsv",
            "03-initiatives-b.tsv", "04-model-three-sides-a.tsv", "05-model-three-sides-b.tsv", "06-integrated.tsv");

    /** The ward's 2025 hearing sheet (分野 | 指標名 | 当初値 | 現在値 | 目標値 | 進捗状況や課題等), four tables as pasted. */
    public static final String HEARING = "07-hearing-progress.tsv";
    /** The 2030-vision table as a plan writes it, one indicator under two goals and one repeated outright. */
    public static final String REPEATED = "08-2030-vision-repeated.tsv";
    /** Every file, the six tables of the 様式1 sheet and the two layouts above. */
    public static final List<String> ALL = List.of("01-2030-vision.tsv", "02-initiatives-a.tsv",
            "03-initiatives-b.tsv", "04-model-three-sides-a.tsv", "05-model-three-sides-b.tsv", "06-integrated.tsv",
            HEARING, REPEATED);

    private ShinagawaSheets() {
    }

    public static String text(String file) {
        try (InputStream in = ShinagawaSheets.class.getResourceAsStream("/evaluation-sheets/shinagawa-2025/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One expected row: values as "period figure unit", computed rate to one decimal or null, reported or null. */
    public record Expected(String name, String sdgRefs, String side, String baseline, String latest, String target,
                           String computed, String reported, AchievementCheck check) {
    }

    private static Expected row(String name, String refs, String side, String baseline, String latest, String target,
                                String computed, String reported, AchievementCheck check) {
        return new Expected(name, refs, side, baseline, latest, target, computed, reported, check);
    }

    private static final AchievementCheck OK = AchievementCheck.AGREES;
    private static final AchievementCheck NONE = AchievementCheck.NOT_REPORTED;
    private static final AchievementCheck OVER_TARGET = AchievementCheck.REPORTED_IS_CURRENT_OVER_TARGET;

    public static List<Expected> expected(String file) {
        return switch (file) {
            case "01-2030-vision.tsv" -> List.of(
                    row("合計特殊出生率", "5.4,5.5", null, "2022年 1.11", "2023年 1.02", "2030年 1.16", "-180.0", "-180", OK),
                    row("品川区に定住を希望する理由として、「子どもを育てやすいから」と回答する区民の割合", "5.4,5.5", null,
                            "2022年 47.0 %", "2024年 58.3 %", "2030年 60.0 %", "86.9", "87", OK),
                    row("品川区に定住を希望する理由として、「子どもの教育環境が良い」と回答する区民の割合", "4.1,10.2", null,
                            "2022年 36.5 %", "2024年 33.3 %", "2030年 50.0 %", "-23.7", "-24", OK),
                    row("交通の便に対する満足度（5点満点）", "11.2", null, "2022年 4.65 点", "2024 4.66 点", "2030年 4.8 点",
                            "6.7", "7", OK),
                    row("付加価値額", "9.2", null, "2016年 2716584 百万円", "2022年 4257174 百万円",
                            "2030年 3900000 百万円", "130.2", "130", OK),
                    row("純流入数", "8.5", null, "2022年 796 人", "2024年 5245 人", "2030年 1000 人", "2180.9", "2181", OK),
                    row("資源化率", "12.5,12.8", null, "2023年 28.0 %", "2024年 28.1 %", "2027年 30.5 %", "4.0", "4", OK),
                    row("二酸化炭素排出量", "13.3", null, "2021年 1771 千t", "2022年 1754 千t", "2030年 1110 千t", "2.6", "3", OK));
            case "02-initiatives-a.tsv" -> List.of(
                    row("オアシスルーム利用者数", "", "SOCIETY", "2023年度 21771 人", "2024年度 20524 人", "2026年度 30623 人",
                            "-14.1", "-14", OK),
                    row("オアシスルーム実施拠点数", "", "SOCIETY", "2023年度 12 か所", "2025年度 13 か所", "2026年度 13 か所",
                            "100.0", "100", OK),
                    row("発達障害教育支援員の配置校数", "", "SOCIETY", "2023年4月 15 校", "2024年4月 37 校", "2026年 37 校",
                            "100.0", "100", OK),
                    row("認可保育園における医療的ケア児受入れ人数（累計）", "", "SOCIETY", "2023年4月 10 人", "2025年7月 17 人",
                            "2026年 20 人", "70.0", "70", OK),
                    row("いじめ解消率", "", "SOCIETY", "2023年度 70.8 %", "2024年度 65.4 %", "2026年度 82.0 %", "-48.2", "-48", OK),
                    row("区内の子ども食堂数", "", "SOCIETY", "2024年度 39 か所", "2024年12月末現在 39 か所", "2026年度 41 か所",
                            "0.0", "0", OK),
                    row("健康ポイント事業に参加して健康意識が高まった人の割合", "", "SOCIETY", "2023年度 75.1 %",
                            "2024年度 75.4 %", "2026年度 87.0 %", "2.5", "3", OK),
                    row("自殺死亡率", "", "SOCIETY", "2022年度 12.5", "2024年 11.6", "2026年度 11.5", "90.0", "90", OK),
                    row("新たな交通手段の実証実験地区数（累計）", "", "SOCIETY", "- 0 地区", "2025年7月 2 地区", "2026年度 4 地区",
                            "50.0", "50", OK),
                    row("新製品・新技術開発助成、ソフトウェア開発助成の年度合計件数（累計）", "", "ECONOMY", "2023年度 36 件",
                            "2024年度 57 件", "2026年度 96 件", "35.0", "35", OK),
                    row("SHIP・創業支援センター（武蔵小山・西大井）のセミナー等の参加者数（累計）", "", "ECONOMY",
                            "2023年度 4041 人", "2024年度 8196 人", "2026年度 17733 人", "30.3", "30", OK));
            case "03-initiatives-b.tsv" -> List.of(
                    row("スチューデントシティ・ファイナンスパークの実施校数", "", "ECONOMY", "2023年度 全校実施",
                            "2024年度 全校実施", "2026年度 全校実施", "100.0", "100", OK),
                    row("アクセラレーションプログラム採択（支援）人数（累計）", "", "ECONOMY", "2023年度 76 件", "2024年度 96 件",
                            "2026年度 136 件", "33.3", "33", OK),
                    row("環境学習交流施設「エコルとごし」で環境学習講座に参加した人数", "", "ENVIRONMENT", "2023年度 5861 人",
                            "2024年度 6940 人", "2026年度 6400 人", "200.2", "200", OK),
                    row("太陽光発電システム設置助成（年間）", "", "ENVIRONMENT", "2022年度 43 件", "2024年度 77 件",
                            "2026年度 75 件", "106.3", "106", OK),
                    row("蓄電池システム設置助成（年間）", "", "ENVIRONMENT", "2022年度 43 件", "2024年度 110 件", "2026年度 75 件",
                            "209.4", "209", OK),
                    row("CO2算定クラウドサービスの新規導入事業者数（年間）", "", "ENVIRONMENT", "- 0 社", "2024年度 0 社",
                            "2026年度 3 社", "0.0", "0", OK),
                    row("使い捨てプラスチック製品をなるべく使わない区民の割合", "", "ENVIRONMENT", "2023年度 44.4 %",
                            "2024年度 39.5 %", "2026年度 43.0 %", "350.0", "92", OVER_TARGET));
            case "04-model-three-sides-a.tsv" -> List.of(
                    row("スチューデントシティ・ファイナンスパークの実施校数（再掲）", "", "ECONOMY", "2023年度 全校実施",
                            "2024年度 全校実施", "2026年度 全校実施", "100.0", "100", OK),
                    row("プログラミング教室の参加者数", "", "ECONOMY", "2023年12月 36 人", "2024年度 38 人", "2026年 40 人",
                            "50.0", "50", OK),
                    row("アントレプレナー教育を受けた小・中学校の児童数・生徒数（累計）", "", "ECONOMY", "- 0 人",
                            "2024年度 30 人", "2026年度 210 人", "14.3", "14", OK),
                    row("五反田バレー交流イベント参加者数（年間）", "", "ECONOMY", "2023年度 55 人", "2024年度 71 人",
                            "2026年度 100 人", "35.6", "36", OK),
                    row("しながわこどもほけっとのダウンロード数", "", "SOCIETY", "2024年5月 3330", "2025年6月 6202", "2026年 5000",
                            "172.0", "172", OK),
                    row("在宅子育て家庭の未就園児預かり受入施設数", "", "SOCIETY", "2023年 7 施設", "2025年7月 59 施設",
                            "2026年 35 施設", "185.7", "186", OK),
                    row("児童・生徒の不登校出現率（東京都を1とした場合の指数比較）（児童）", "", "SOCIETY", "2021年度 0.97",
                            "2023年度実績 0.96", "2026年度 0.80", "5.9", "6", OK),
                    row("児童・生徒の不登校出現率（東京都との指数比較）（生徒）", "", "SOCIETY", "2021年度 0.92",
                            "2023年度実績 1.01", "2026年度 0.77", "-60.0", "-60", OK),
                    row("子ども若者応援フリースペースの利用者数", "", "SOCIETY", "2023年度 5636 人", "2024年度 6797 人",
                            "2026年度 6000 人", "319.0", "319", OK));
            case "05-model-three-sides-b.tsv" -> List.of(
                    row("環境学習交流施設「エコルとごし」来館者数（年間）", "", "ENVIRONMENT", "2023年度 229347 人",
                            "2024年度 246241 人", "2026年度 235400 人", "279.1", "279", OK),
                    row("使い捨てプラスチック製品をなるべく使わない区民の割合(再掲)", "", "ENVIRONMENT", "2023年度 44.4 %",
                            "2024年度 39.5", "2026年度 43 %", "350.0", "92", OVER_TARGET),
                    row("国産間伐材の有効活用事業参加者（年間）", "", "ENVIRONMENT", "2022年度 5016 人", "2024年度 4114 人",
                            "2026年度 7000 人", "-45.5", "-45", OK),
                    row("区有施設における再生可能エネルギー由来電力の導入率", "", "ENVIRONMENT", "2022年度 34.1 %",
                            "2023年度 39.7", "2026年度 42.1 %", "70.0", "70", OK));
            case "06-integrated.tsv" -> List.of(
                    row("しながわシティラボによる新規産学官連携事業数", "", "ECONOMY", "2023年度 0 件", "2024年度 2 件",
                            "2026年度 10 件", "20.0", "20", OK),
                    row("二酸化炭素排出量削減を目的とした事業者に対する各種助成の合計件数（年間）", "", "ENVIRONMENT", "2023年度 16 件",
                            "2024年度 9 件", "2026年度 23 件", "-100.0", "-100", OK),
                    row("しながわシティラボによる新規産学官連携事業数（再掲）", "", "ECONOMY", "2023年度 0 件", "2024年度 2 件",
                            "2026年度 10 件", "20.0", "20", OK),
                    row("プログラミング教室の参加者数（再掲）", "", "SOCIETY", "2023年12月 36 人", "2024年度 38 人", "2026年 40 人",
                            "50.0", "50", OK),
                    row("環境学習交流施設「エコルとごし」の来館者数（年間）（再掲）", "", "SOCIETY", "2023年度 229347 人",
                            "2024年度 246241 人", "2026年度 235400 人", "279.1", "279", OK),
                    row("フードドライブで寄付された食品の年間総重量", "", "ENVIRONMENT", "2023年度 3211 kg", "2024年度 4235 kg",
                            "2026年度 4500 kg", "79.4", "79", OK));
            case HEARING -> List.of(
                    row("品川区に定住を希望する理由として、「子どもを育てやすいから」と回答する区民の割合", "", "SOCIETY",
                            "2022年 47.0 %", "2024年 58.3 %", "2030年 60.0 %", "86.9", "null", NONE),
                    row("付加価値額", "", "ECONOMY", "2016年 2716584 百万円", "2022年 4257174 百万円",
                            "2030年 3900000 百万円", "130.2", "null", NONE),
                    row("発達障害教育支援員の配置校数", "", "SOCIETY", "2023年4月 15 校", "2024年4月 37 校", "2026年 37 校",
                            "100.0", "null", NONE),
                    row("太陽光発電システム設置助成（年間）", "", "ENVIRONMENT", "2022年 43 件", "2024年 77 件", "2026年 75 件",
                            "106.3", "null", NONE),
                    row("蓄電池システム設置助成（年間）", "", "ENVIRONMENT", "2022年 43 件", "2024年 110 件", "2026年 75 件",
                            "209.4", "null", NONE),
                    row("しながわこどもぼけっとのダウンロード数", "", "SOCIETY", "2024年5月 3330", "2025年6月 6202",
                            "2026年 5000", "172.0", "null", NONE),
                    row("在宅子育て家庭の未就園児預かり受入施設数", "", "SOCIETY", "2023年 7 施設", "2025年7月 59 施設",
                            "2026年 35 施設", "185.7", "null", NONE),
                    row("子ども若者応援フリースペースの利用者数", "", "SOCIETY", "2023年 5636 人", "2024年 6797 人",
                            "2026年 6000 人", "319.0", "null", NONE),
                    row("環境学習交流施設「エコルとごし」来館者数（年間）", "", "ENVIRONMENT", "2023年 229347 人",
                            "2024年 246241 人", "2026年 235400 人", "279.1", "null", NONE),
                    row("合計特殊出生率", "", "SOCIETY", "2022年 1.11", "2023年 1.02", "2030年 1.16", "-180.0", "null", NONE),
                    row("二酸化炭素排出量", "", "ENVIRONMENT", "2021年 1771 千t", "2022年 1754 千t", "2030年 1109.5 千t",
                            "2.6", "null", NONE),
                    row("いじめ解消率", "", "SOCIETY", "2023年 70.8 %", "2024年 65.4 %", "2026年 82.0 %", "-48.2", "null",
                            NONE),
                    row("CO2算定クラウドサービスの新規導入事業者数（年間）", "", "ENVIRONMENT", "- 0 社", "2024年度 0 社",
                            "2026年度 3 社", "0.0", "null", NONE),
                    row("児童・生徒の不登校出現率（東京都を1とした場合の指数比較）（児童）", "", "SOCIETY", "2021年度 0.97",
                            "2023年度 0.96", "2026年度 0.80", "5.9", "null", NONE),
                    row("児童・生徒の不登校出現率（東京都を1とした場合の指数比較）（生徒）", "", "SOCIETY", "2021年度 0.92",
                            "2023年度 1.01", "2026年度 0.77", "-60.0", "null", NONE),
                    row("二酸化炭素排出量削減を目的とした事業者に対する各種助成の合計件数（年間）", "", "ENVIRONMENT",
                            "2023年 16 件", "2024年 9 件", "2026年 23 件", "-100.0", "null", NONE));
            case REPEATED -> List.of(
                    row("合計特殊出生率", "5.4", null, "2022年 1.11", "2023年 1.02", "2030年 1.16", "-180.0", "-180", OK),
                    row("合計特殊出生率", "5.5", null, "2022年 1.11", "2023年 1.02", "2030年 1.16", "-180.0", "-180", OK),
                    row("品川区に定住を希望する理由として、「子どもを育てやすいから」と回答する区民の割合", "5.4,5.5", null,
                            "2022年 47.0 %", "2024年 58.3 %", "2030年 60.0 %", "86.9", "87", OK),
                    row("付加価値額", "9.2", null, "2016年 2716584 百万円", "2022年 4257174 百万円",
                            "2030年 3900000 百万円", "130.2", "130", OK),
                    row("純流入数", "8.5", null, "2022年 796 人", "2024年 5245 人", "2030年 1000 人", "2180.9", "2181", OK),
                    row("付加価値額", "9.2", null, "2016年 2716584 百万円", "2022年 4257174 百万円",
                            "2030年 3900000 百万円", "130.2", "130", OK),
                    row("二酸化炭素排出量", "13.3", null, "2021年 1771 千t", "2022年 1754 千t", "2030年 1110 千t", "2.6", "3",
                            OK));
            default -> throw new IllegalArgumentException(file);
        };
    }
}
