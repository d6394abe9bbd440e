package org.marsad.eval;

/** Precision, recall and their F1 over {@code n} scored items. */
public record Score(double precision, double recall, int n) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
