package org.evaltrack.command.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The reference case file against what SEED-CASE.md states of the report. */
class DemoDataFileTest {

    static final DemoData DATA = DemoDataReader.read(new ClassPathResource("demo/dongshan-2019.json"));

    static Map<String, DemoData.Indicator> indicators() {
        return DATA.scheme().categories().stream().flatMap(c -> c.indicators().stream())
                .collect(Collectors.toMap(DemoData.Indicator::code, Function.identity()));
    }

    static DemoData.Assessment dongshan() {
        return DATA.assessments().stream().filter(a -> a.unitId().equals("unit-dongshan")).findFirst().orElseThrow();
    }

    static Map<String, DemoData.Claim> dongshanClaims() {
        return dongshan().claims().stream().collect(Collectors.toMap(DemoData.Claim::indicatorCode, Function.identity()));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void the_scheme_is_the_2019_suining_scheme() {
        assertThat(DATA.scheme().title()).isEqualTo("2019年绥宁县重点工作绩效评估改革方案");
        assertThat(DATA.scheme().documentNumber()).isEqualTo("绥办发〔2019〕54号");
        assertThat(DATA.scheme().issuer()).contains("中共绥宁县委办公室").contains("绥宁县人民政府办公室");
        assertThat(DATA.scheme().year()).isEqualTo(2019);
    }

    @Test
    void the_category_budgets_are_25_33_22_20_in_two_sections_and_add_up_to_a_base_of_100() {
        List<DemoData.Category> categories = DATA.scheme().categories();

        assertThat(categories).extracting(DemoData.Category::name).containsExactly("三大攻坚战", "党的建设", "社会稳定和应急管理", "高质量发展任务");
        assertThat(categories).extracting(c -> c.budget().intValueExact()).containsExactly(25, 33, 22, 20);
        assertThat(categories).extracting(DemoData.Category::section)
                .containsExactly(Section.COMMON, Section.COMMON, Section.COMMON, Section.SPECIFIC);
        assertThat(categories.stream().map(DemoData.Category::budget).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }

    @Test
    void every_categorys_indicator_maxima_add_up_to_its_budget() {
        for (DemoData.Category category : DATA.scheme().categories()) {
            BigDecimal sum = category.indicators().stream().map(DemoData.Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(category.name()).isEqualByComparingTo(category.budget());
        }
    }

    @Test
    void the_indicator_maxima_are_those_the_report_states() {
        Map<String, String> stated = Map.ofEntries(
                Map.entry("精准脱贫", "15"), Map.entry("防范化解重大风险", "5"), Map.entry("污染防治", "5"),
                Map.entry("人大工作", "2"), Map.entry("组织工作", "4"), Map.entry("全面从严治党", "6"),
                Map.entry("意识形态工作", "4"), Map.entry("保密工作", "2"), Map.entry("统一战线", "3"),
                Map.entry("党建带群建工作", "3"), Map.entry("党管武装", "2"),
                Map.entry("禁毒工作", "3"), Map.entry("扫黑除恶", "3"), Map.entry("综合治理", "3"), Map.entry("依法治县", "2"),
                Map.entry("信访维稳", "2"), Map.entry("安全生产", "5"), Map.entry("校车安全", "2"), Map.entry("食品安全", "2"),
                Map.entry("主要经济指标", "5"), Map.entry("产业发展", "3"), Map.entry("拆旧复垦", "2"),
                Map.entry("人居环境整治", "3"), Map.entry("河长制工作", "1"), Map.entry("自然资源保护", "2"));
        Map<String, DemoData.Indicator> byName = indicators().values().stream()
                .collect(Collectors.toMap(DemoData.Indicator::name, Function.identity()));

        stated.forEach((name, max) -> {
            assertThat(byName).containsKey(name);
            assertThat(byName.get(name).maxPoints()).as(name).isEqualByComparingTo(max);
            assertThat(byName.get(name).assumption()).as(name + " is stated, not assumed").isNull();
        });
        assertThat(indicators()).hasSize(30);
    }

    @Test
    void the_contradictory_zhengxie_maximum_takes_the_heading_value_of_2_and_says_so() {
        DemoData.Indicator zhengxie = indicators().get("1.2.2");

        assertThat(zhengxie.name()).isEqualTo("政协工作");
        assertThat(zhengxie.maxPoints()).isEqualByComparingTo("2");
        assertThat(zhengxie.assumption()).contains("2").contains("3");
    }

    @Test
    void maxima_the_report_leaves_out_are_implied_by_the_category_budget_and_marked_as_assumptions() {
        assertThat(indicators().get("1.2.4").name()).isEqualTo("政治建设");
        assertThat(indicators().get("1.2.4").maxPoints()).isEqualByComparingTo("5");
        assertThat(indicators().get("1.2.4").assumption()).contains("33");
        assertThat(indicators().get("2.1.4").name()).isEqualTo("重点民生实事");
        assertThat(indicators().get("2.1.4").maxPoints()).isEqualByComparingTo("4");
        assertThat(indicators().get("2.1.4").assumption()).contains("20");
    }

    @Test
    void the_two_reverse_scored_indicators_are_deduction_only_with_an_assumed_floor() {
        for (String code : List.of("2.1.2", "2.1.3")) {
            DemoData.Indicator indicator = indicators().get(code);
            assertThat(indicator.scoringMode()).as(code).isEqualTo(ScoringMode.DEDUCTION_ONLY);
            assertThat(indicator.maxPoints()).as(code).isEqualByComparingTo("0");
            assertThat(indicator.floor()).as(code).isNegative();
            assertThat(indicator.assumption()).as(code).contains("floor");
        }
        assertThat(indicators().get("2.1.2").name()).isEqualTo("全面小康");
        assertThat(indicators().get("2.1.3").name()).isEqualTo("深化改革工作");
    }

    @Test
    void sub_items_are_those_the_report_lists() {
        assertThat(indicators().get("1.1.2").subItems()).extracting(SubItem::name).containsExactly("债务控制", "治欠保支");
        assertThat(indicators().get("1.3.6").subItems()).extracting(SubItem::name)
                .containsExactly("安全生产", "消防工作", "应急管理", "安全度汛", "森林防火", "道路交通安全");
    }

    @Test
    void bonus_levels_are_worth_what_the_report_adds_and_the_cap_is_an_assumption() {
        assertThat(DATA.scheme().bonusRules()).extracting(DemoData.BonusRule::level, r -> r.pointsPerItem().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BonusLevel.CENTRAL_MEDIA, dec("0.5")),
                        org.assertj.core.groups.Tuple.tuple(BonusLevel.PROVINCIAL_MEDIA, dec("0.3")),
                        org.assertj.core.groups.Tuple.tuple(BonusLevel.MUNICIPAL_COMMENDATION, dec("0.5")));
        assertThat(DATA.scheme().bonusCap()).isEqualByComparingTo("10");
        assertThat(DATA.scheme().bonusCapAssumption()).isNotBlank();
        assertThat(DATA.scheme().vetoConditions()).isNotEmpty();
    }

    @Test
    void the_deadlines_are_the_real_ones_and_the_assessments_are_entered_after_the_fact_before_them() {
        DemoData.SchemeDeadlines deadlines = DATA.scheme().deadlines();

        assertThat(deadlines.claimsDue()).isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(deadlines.evidenceDue()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(deadlines.reviewDue()).isEqualTo(LocalDate.of(2020, 2, 28));
        assertThat(DATA.assessments()).allSatisfy(a -> {
            assertThat(a.afterTheFact().statedOn()).isBeforeOrEqualTo(deadlines.claimsDue()).isAfter(LocalDate.of(2019, 12, 31));
            assertThat(a.afterTheFact().reason()).isNotBlank();
        });
        assertThat(DATA.zone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void dongshan_claims_what_the_report_writes_including_the_contradictory_3_for_zhengxie() {
        Map<String, DemoData.Claim> claims = dongshanClaims();

        assertThat(claims).doesNotContainKeys("1.2.1", "2.1.4");
        assertThat(claims.get("1.2.2").score()).isEqualByComparingTo("3");
        assertThat(claims.get("2.1.2").score()).isEqualByComparingTo("0");
        assertThat(claims.get("2.1.3").score()).isEqualByComparingTo("0");
        assertThat(claims).hasSize(28);
        BigDecimal claimed = claims.values().stream().map(DemoData.Claim::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(claimed).as("the claims do not reproduce the declared base of 100").isEqualByComparingTo("95");
        claims.values().forEach(c -> assertThat(c.narrative()).as(c.indicatorCode()).isNotBlank());
    }

    @Test
    void the_economic_figures_are_reported_as_written_with_fixed_asset_investment_twice() {
        List<ReportedFigure> figures = dongshanClaims().get("2.1.1").reportedFigures();

        assertThat(figures).extracting(ReportedFigure::name, f -> f.value().stripTrailingZeros().toPlainString(), ReportedFigure::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("农村人均可支配收入", "8873", "元"),
                        org.assertj.core.groups.Tuple.tuple("固定资产投资", "1.79", "亿元"),
                        org.assertj.core.groups.Tuple.tuple("农业总产值", "39881", "万元"),
                        org.assertj.core.groups.Tuple.tuple("固定资产投资", "17168", "万元"),
                        org.assertj.core.groups.Tuple.tuple("财政收入", "59.9", "万元"));
    }

    @Test
    void dongshan_claims_the_twelve_bonus_items_with_one_title_twice_and_declares_100_plus_5_3() {
        List<DemoData.BonusClaim> bonus = dongshan().bonusClaims();

        assertThat(bonus).hasSize(12);
        assertThat(bonus.stream().collect(Collectors.groupingBy(DemoData.BonusClaim::level, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(BonusLevel.MUNICIPAL_COMMENDATION, 2L, BonusLevel.CENTRAL_MEDIA, 8L,
                        BonusLevel.PROVINCIAL_MEDIA, 2L));
        assertThat(bonus.stream().filter(b -> b.title().equals("《湖南邵阳东山侗族乡：先进催人奋进 榜样彰显力量》"))).hasSize(2);
        assertThat(dongshan().declared().base()).isEqualByComparingTo("100");
        assertThat(dongshan().declared().bonus()).isEqualByComparingTo("5.3");
        assertThat(dongshan().declared().total()).isEqualByComparingTo("105.3");
    }

    @Test
    void the_leading_group_are_leader_accounts_of_dongshan() {
        List<DemoData.Account> leaders = DATA.accounts().stream().filter(a -> a.role() == Role.LEADER).toList();

        assertThat(leaders).extracting(DemoData.Account::displayName).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(leaders.stream().map(DemoData.Account::displayName).collect(Collectors.joining()))
                .contains("唐淼华", "杨国华", "袁永新", "何定超", "侯怀强", "沈忠华", "李茂群", "黄灵", "汪习星");
        assertThat(leaders).allSatisfy(l -> assertThat(l.unitId()).isEqualTo("unit-dongshan"));
        assertThat(DATA.accounts()).extracting(DemoData.Account::username).contains("office", "reviewer", "dongshan", "tangmiaohua");
    }

    @Test
    void every_name_the_file_refers_to_is_defined_in_it() {
        List<String> usernames = DATA.accounts().stream().map(DemoData.Account::username).toList();
        List<String> unitIds = DATA.units().stream().map(DemoData.Unit::unitId).toList();

        assertThat(DATA.accounts()).filteredOn(a -> a.unitId() != null).extracting(DemoData.Account::unitId).allMatch(unitIds::contains);
        for (DemoData.Assessment a : DATA.assessments()) {
            assertThat(unitIds).contains(a.unitId());
            assertThat(usernames).contains(a.openedBy(), a.submitter());
            a.tasks().forEach(t -> assertThat(usernames).contains(t.leader()));
            a.claims().forEach(c -> assertThat(indicators()).containsKey(c.indicatorCode()));
            a.tasks().forEach(t -> assertThat(indicators()).containsKey(t.indicatorCode()));
            List<String> taskIds = a.tasks().stream().map(DemoData.Task::taskId).toList();
            a.evidence().forEach(e -> {
                assertThat(indicators().keySet()).containsAll(e.indicatorCodes());
                assertThat(taskIds).containsAll(e.taskIds());
            });
        }
    }

    @Test
    void dongshan_has_tasks_for_the_leaders_one_closed_by_evidence_and_one_overdue() {
        DemoData.Assessment dongshan = dongshan();

        assertThat(dongshan.tasks()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dongshan.evidence().stream().flatMap(e -> e.taskIds().stream()).distinct()).hasSize(1);
        assertThat(dongshan.tasks()).filteredOn(t -> t.dueInDays() < 0).hasSize(1);
    }
}
