package org.evaltrack.query.web.audittrail;

import java.util.ArrayList;
import java.util.List;

/**
 * The trail page's filters as the form sends them: times as Beijing datetime-local values, the rest as
 * the JSON API names them. A bean (not a record) so the form can be filled back from it.
 */
public class TrailForm {

    private String indicator;
    private String actor;
    private List<String> kind = new ArrayList<>();
    private String from;
    private String to;
    private boolean changedAfterSubmission;
    private String asOf;
    private int page;
    private String order = "newest";

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public List<String> getKind() {
        return kind;
    }

    public void setKind(List<String> kind) {
        this.kind = kind == null ? new ArrayList<>() : kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isChangedAfterSubmission() {
        return changedAfterSubmission;
    }

    public void setChangedAfterSubmission(boolean changedAfterSubmission) {
        this.changedAfterSubmission = changedAfterSubmission;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
