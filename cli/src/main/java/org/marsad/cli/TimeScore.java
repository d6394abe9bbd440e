package org.marsad.cli;

import java.util.List;

import org.marsad.time.TimeExpression;

/**
 * Extent and value scores of a temporal tagger against TIMEX3 gold, summed over documents.
 * Extent: a found expression counts when its span is exactly a gold span. Value: when its span
 * overlaps a gold span with the same value (each gold expression matched at most once).
 */
final class TimeScore {

    private int gold;
    private int found;
    private int extentHits;
    private int valueHits;

    /** Adds one document's expressions. */
    void add(List<TimexDocument.Timex> goldTimexes, List<TimeExpression> system) {
        gold += goldTimexes.size();
        found += system.size();
        boolean[] exactUsed = new boolean[goldTimexes.size()];
        boolean[] valueUsed = new boolean[goldTimexes.size()];
        for (TimeExpression e : system) {
            for (int g = 0; g < goldTimexes.size(); g++) {
                TimexDocument.Timex t = goldTimexes.get(g);
                if (!exactUsed[g] && t.start() == e.start() && t.end() == e.end()) {
                    exactUsed[g] = true;
                    extentHits++;
                    break;
                }
            }
            for (int g = 0; g < goldTimexes.size(); g++) {
                TimexDocument.Timex t = goldTimexes.get(g);
                if (!valueUsed[g] && t.start() < e.end() && e.start() < t.end() && t.value().equals(e.value())) {
                    valueUsed[g] = true;
                    valueHits++;
                    break;
                }
            }
        }
    }

    int gold() {
        return gold;
    }

    int found() {
        return found;
    }

    double extentPrecision() {
        return ratio(extentHits, found);
    }

    double extentRecall() {
        return ratio(extentHits, gold);
    }

    double extentF1() {
        return f1(extentPrecision(), extentRecall());
    }

    double valuePrecision() {
        return ratio(valueHits, found);
    }

    double valueRecall() {
        return ratio(valueHits, gold);
    }

    double valueF1() {
        return f1(valuePrecision(), valueRecall());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
