package org.evaltrack.command.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;

/** The drop-down lists, labelled the way a county office names these things. */
final class Choices {

    static final Map<Section, String> SECTIONS = Map.of(
            Section.COMMON, "共性考核指标",
            Section.SPECIFIC, "个性指标");

    static final Map<ScoringMode, String> SCORING_MODES = Map.of(
            ScoringMode.STANDARD, "标准计分",
            ScoringMode.DEDUCTION_ONLY, "反向扣分");

    static final Map<BonusLevel, String> BONUS_LEVELS = Map.of(
            BonusLevel.CENTRAL_MEDIA, "中央主流媒体推介",
            BonusLevel.PROVINCIAL_MEDIA, "省级主流媒体推介",
            BonusLevel.MUNICIPAL_MEDIA, "市级主流媒体推介",
            BonusLevel.NATIONAL_COMMENDATION, "国家级表彰",
            BonusLevel.PROVINCIAL_COMMENDATION, "省级表彰",
            BonusLevel.MUNICIPAL_COMMENDATION, "市级表彰",
            BonusLevel.COUNTY_COMMENDATION, "县级表彰");

    private Choices() {
    }

    static <E extends Enum<E>> List<Choice> of(Class<E> type, Map<E, String> labels) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), labels.get(e))).toList();
    }

    static List<Choice> bonusLevels(java.util.Collection<BonusLevel> levels) {
        return Arrays.stream(BonusLevel.values()).filter(levels::contains)
                .map(level -> new Choice(level.name(), BONUS_LEVELS.get(level))).toList();
    }
}
