package org.evaltrack.kernel.scheme;

/** A named part of an indicator (e.g. 债务控制 under 防范化解重大风险); described, not scored separately. */
public record SubItem(String code, String name) {
}
