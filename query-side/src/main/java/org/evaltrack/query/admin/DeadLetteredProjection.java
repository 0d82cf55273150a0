package org.evaltrack.query.admin;

/** A projection holding dead letters: how many, and the oldest one (what the office's home page warns about). */
public record DeadLetteredProjection(String group, long deadLetters, long sequences, ProjectionStatus.FirstDeadLetter first) {

    /** Where the letters are listed; the retry is a POST to this path + "/retry". */
    public String lettersPath() {
        return "/api/projections/" + group + "/dead-letters";
    }
}
