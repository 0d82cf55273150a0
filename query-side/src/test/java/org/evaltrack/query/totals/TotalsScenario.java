package org.evaltrack.query.totals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A realistic review cycle over three townships under one scheme (bonus cap 1.00):
 * <ul>
 * <li>东山 claims 15 + 5 + 4 = 24 and four bonus awards of 0.50 (one a duplicate), declares 24 / 2 / 26;
 *     the reviewer cuts 1.1.2 (政协工作) from 5 to 3 on 2020-01-20, verifies three awards (1.50, capped
 *     to 1.00) and rejects the duplicate: 22 + 1 = 23.</li>
 * <li>长铺子 claims 14 + 5 + 5 = 24, no bonus: first after review, tied with 东山 before it.</li>
 * <li>黄桑 claims 25 but is vetoed: listed last, unranked.</li>
 * <li>On 2020-01-18 the office raises category 2.1's budget and 2.1.1's maximum from 5 to 6.</li>
 * </ul>
 */
final class TotalsScenario {

    static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    static final UnitId CHANGPU = UnitId.of("unit-changpu");
    static final UnitId HUANGSANG = UnitId.of("unit-huangsang");
    static final AssessmentId DONGSHAN_2019 = AssessmentId.of("assessment-dongshan");
    static final AssessmentId CHANGPU_2019 = AssessmentId.of("assessment-changpu");
    static final AssessmentId HUANGSANG_2019 = AssessmentId.of("assessment-huangsang");

    static final TotalsEventFeed.Actor OFFICE = new TotalsEventFeed.Actor("user-office", "ADMIN", null);
    static final TotalsEventFeed.Actor REVIEWER = new TotalsEventFeed.Actor("user-reviewer", "REVIEWER", null);
    static final TotalsEventFeed.Actor DONGSHAN_CLERK = new TotalsEventFeed.Actor("user-dongshan", "SUBMITTER", DONGSHAN.value());
    static final TotalsEventFeed.Actor CHANGPU_CLERK = new TotalsEventFeed.Actor("user-changpu", "SUBMITTER", CHANGPU.value());
    static final TotalsEventFeed.Actor HUANGSANG_CLERK = new TotalsEventFeed.Actor("user-huangsang", "SUBMITTER", HUANGSANG.value());

    /** Opened, everything claimed and submitted; nothing reviewed yet. */
    static final String BEFORE_REVIEW = "2020-01-15T00:00:00Z";
    /** After the adjustment of 1.1.2, before any bonus verification. */
    static final String AFTER_ADJUSTMENT = "2020-01-20T12:00:00Z";

    private TotalsScenario() {
    }

    static Score s(String value) {
        return Score.of(value);
    }

    /** The accounts the command side keeps, for display names (its migration is not on this module's path). */
    static void accounts(JdbcTemplate jdbc) {
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, username varchar(64) not null unique,"
                + " password_hash varchar(100) not null, display_name varchar(200) not null, role varchar(16) not null,"
                + " unit_id varchar(64), enabled boolean not null)");
        jdbc.update("delete from account");
        jdbc.update("insert into account values ('user-dongshan', 'dongshan', 'x', '黄淑芬', 'SUBMITTER', 'unit-dongshan', true)");
        jdbc.update("insert into account values ('user-reviewer', 'reviewer', 'x', '县绩效办审核员', 'REVIEWER', null, true)");
        jdbc.update("insert into account values ('user-office', 'office', 'x', '县绩效办', 'ADMIN', null, true)");
    }

    static void scheme(TotalsEventFeed feed) {
        String id = SCHEME.value();
        Instant due = Instant.parse("2020-01-10T15:59:59Z");
        feed.at("2019-06-01T01:00:00Z", id, OFFICE, new SchemeDrafted(SCHEME, 2019, "2019年绥宁县重点工作绩效评估改革方案",
                "绥办发〔2019〕54号", "中共绥宁县委办公室", new Deadlines(due, due.plusSeconds(86400 * 5), due.plusSeconds(86400 * 40)),
                s("1")));
        feed.at("2019-06-01T01:01:00Z", id, OFFICE, new CategoryAdded(SCHEME, "1.1", Section.COMMON, "党的建设", s("20")));
        feed.at("2019-06-01T01:02:00Z", id, OFFICE, new CategoryAdded(SCHEME, "2.1", Section.SPECIFIC, "高质量发展任务", s("5")));
        feed.at("2019-06-01T01:03:00Z", id, OFFICE, indicator("1.1", "1.1.1", "党风廉政建设", "15"));
        feed.at("2019-06-01T01:04:00Z", id, OFFICE, indicator("1.1", "1.1.2", "政协工作", "5"));
        feed.at("2019-06-01T01:05:00Z", id, OFFICE, indicator("2.1", "2.1.1", "产业发展", "5"));
        feed.at("2019-06-01T02:00:00Z", id, OFFICE, new SchemePublished(SCHEME, 2019, s("25"), 2, 3, Instant.parse("2019-06-01T02:00:00Z")));
        feed.at("2019-06-02T00:00:00Z", DONGSHAN.value(), OFFICE, new UnitRegistered(DONGSHAN, "东山侗族乡", UnitKind.TOWNSHIP));
        feed.at("2019-06-02T00:00:00Z", CHANGPU.value(), OFFICE, new UnitRegistered(CHANGPU, "长铺子苗族侗族乡", UnitKind.TOWNSHIP));
        feed.at("2019-06-02T00:00:00Z", HUANGSANG.value(), OFFICE, new UnitRegistered(HUANGSANG, "黄桑坪苗族乡", UnitKind.TOWNSHIP));
    }

    /** The whole cycle, in time order. */
    static void reviewCycle(TotalsEventFeed feed) {
        scheme(feed);
        String ds = DONGSHAN_2019.value();
        String cp = CHANGPU_2019.value();
        String hs = HUANGSANG_2019.value();
        feed.at("2019-12-01T00:00:00Z", ds, OFFICE, opened(DONGSHAN_2019, DONGSHAN));
        feed.at("2019-12-01T00:00:00Z", cp, OFFICE, opened(CHANGPU_2019, CHANGPU));
        feed.at("2019-12-01T00:00:00Z", hs, OFFICE, opened(HUANGSANG_2019, HUANGSANG));

        feed.at("claim 1.1.1", "2020-01-05T01:00:00Z", ds, DONGSHAN_CLERK, claim(DONGSHAN_2019, DONGSHAN, "1.1.1", "15"));
        feed.at("claim 1.1.2", "2020-01-05T01:01:00Z", ds, DONGSHAN_CLERK, claim(DONGSHAN_2019, DONGSHAN, "1.1.2", "5"));
        feed.at("claim 2.1.1", "2020-01-05T01:02:00Z", ds, DONGSHAN_CLERK, claim(DONGSHAN_2019, DONGSHAN, "2.1.1", "4"));
        feed.at("bonus b1", "2020-01-06T01:00:00Z", ds, DONGSHAN_CLERK, bonus("b1", null));
        feed.at("bonus b2", "2020-01-06T01:01:00Z", ds, DONGSHAN_CLERK, bonus("b2", null));
        feed.at("bonus b3", "2020-01-06T01:02:00Z", ds, DONGSHAN_CLERK, bonus("b3", null));
        feed.at("bonus b4", "2020-01-06T01:03:00Z", ds, DONGSHAN_CLERK, bonus("b4", "b1"));
        feed.at("submitted", "2020-01-10T10:00:00Z", ds, DONGSHAN_CLERK, new SelfAssessmentSubmitted(DONGSHAN_2019, SCHEME, DONGSHAN,
                new DeclaredTotals(s("24"), s("2"), s("26")), s("24"), s("2"), Instant.parse("2020-01-10T10:00:00Z")));

        feed.at("2020-01-05T02:00:00Z", cp, CHANGPU_CLERK, claim(CHANGPU_2019, CHANGPU, "1.1.1", "14"));
        feed.at("2020-01-05T02:01:00Z", cp, CHANGPU_CLERK, claim(CHANGPU_2019, CHANGPU, "1.1.2", "5"));
        feed.at("2020-01-05T02:02:00Z", cp, CHANGPU_CLERK, claim(CHANGPU_2019, CHANGPU, "2.1.1", "5"));

        feed.at("2020-01-05T03:00:00Z", hs, HUANGSANG_CLERK, claim(HUANGSANG_2019, HUANGSANG, "1.1.1", "15"));
        feed.at("2020-01-05T03:01:00Z", hs, HUANGSANG_CLERK, claim(HUANGSANG_2019, HUANGSANG, "1.1.2", "5"));
        feed.at("2020-01-05T03:02:00Z", hs, HUANGSANG_CLERK, claim(HUANGSANG_2019, HUANGSANG, "2.1.1", "5"));

        feed.at("budget 2.1", "2020-01-18T01:00:00Z", SCHEME.value(), OFFICE,
                new CategoryBudgetRevised(SCHEME, "2.1", s("5"), s("6"), "新增产业项目"));
        feed.at("max 2.1.1", "2020-01-18T01:01:00Z", SCHEME.value(), OFFICE,
                new IndicatorRevised(SCHEME, "2.1", "2.1.1", s("5"), s("6"), null, null, "新增产业项目"));

        feed.at("adjust 1.1.2", "2020-01-20T08:00:00Z", ds, REVIEWER, new ReviewAdjustmentMade(DONGSHAN_2019, SCHEME, DONGSHAN,
                "1.1.2", s("5"), s("3"), s("5"), "会议记录不全"));
        feed.at("verify b1", "2020-01-21T08:00:00Z", ds, REVIEWER, verified("b1"));
        feed.at("verify b2", "2020-01-21T08:01:00Z", ds, REVIEWER, verified("b2"));
        feed.at("verify b3", "2020-01-21T08:02:00Z", ds, REVIEWER, verified("b3"));
        feed.at("reject b4", "2020-01-21T08:03:00Z", ds, REVIEWER, new BonusAwardRejected(DONGSHAN_2019, BonusClaimId.of("b4"),
                BonusLevel.CENTRAL_MEDIA, s("0.5"), BonusClaimId.of("b1"), "与 b1 重复"));
        feed.at("veto", "2020-01-22T08:00:00Z", hs, REVIEWER, new VetoApplied(HUANGSANG_2019, "V1", "安全生产重大事故", "发生较大安全事故"));
    }

    static AssessmentOpened opened(AssessmentId assessment, UnitId unit) {
        return new AssessmentOpened(assessment, SCHEME, unit, 2019, Instant.parse("2019-12-01T00:00:00Z"));
    }

    static ScoreClaimed claim(AssessmentId assessment, UnitId unit, String code, String score) {
        return new ScoreClaimed(assessment, SCHEME, unit, code, null, s(score), s("15"), ScoringMode.STANDARD,
                "该项分值" + score + "分，自评" + score + "分", List.of(), 1);
    }

    static BonusClaimed bonus(String id, String duplicateOf) {
        return new BonusClaimed(DONGSHAN_2019, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, "人民网报道 " + id, "人民网报道 " + id,
                "人民网", null, s("0.5"), Set.of(), duplicateOf == null ? null : BonusClaimId.of(duplicateOf));
    }

    static BonusAwardVerified verified(String id) {
        return new BonusAwardVerified(DONGSHAN_2019, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, s("0.5"), "核实");
    }

    private static IndicatorAdded indicator(String category, String code, String name, String max) {
        return new IndicatorAdded(SCHEME, category, code, name, ScoringMode.STANDARD, s(max), null, List.of(), null);
    }
}
