package org.evaltrack.kernel.query.account;

/** A person a page offers to choose: the account's user id and display name. */
public record PersonChoice(String id, String name) {
}
