package org.evaltrack.kernel.assessment;

/** The free-text parts of a self-assessment report (自查自评报告) that the unit writes itself. */
public enum ReportSectionKind {
    /** 工作措施 / 主要做法 */
    MEASURES,
    /** 存在问题及努力方向 / 下步打算 */
    PROBLEMS
}
