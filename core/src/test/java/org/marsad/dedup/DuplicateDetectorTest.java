package org.marsad.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    static final String WIRE = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة أبها بسعة ثلاثمئة سرير، "
            + "ويضم المستشفى أقساما للطوارئ والعناية المركزة وجراحة القلب، وقال المتحدث باسم الوزارة إن "
            + "المشروع يخدم أكثر من مليون نسمة في منطقة عسير، وإن التشغيل الكامل سيبدأ مطلع العام المقبل "
            + "بعد استكمال توظيف الكوادر الطبية والفنية اللازمة لتشغيل الأقسام كافة.";

    @Test
    void anExactDuplicateIsFoundWhateverThePunctuationAndMarks() {
        DuplicateDetector d = new DuplicateDetector();
        d.add("a", "okaz", WIRE);
        Optional<Duplicate> dup = d.add("b", "okaz", WIRE.replace("،", " ").replace("الصحة", "الصحّة"));
        assertTrue(dup.isPresent());
        assertTrue(dup.get().exact());
        assertEquals("a", dup.get().original());
    }

    @Test
    void anAgencyTextRepublishedWithSmallEditsIsAWireCopy() {
        DuplicateDetector d = new DuplicateDetector();
        d.add("a", "okaz", WIRE);
        Optional<Duplicate> dup = d.add("b", "alriyadh",
                "أبها - واس: " + WIRE.replace("اليوم", "أمس").replace("مطلع العام المقبل", "خلال أشهر"));
        assertTrue(dup.isPresent());
        assertFalse(dup.get().exact());
        assertTrue(dup.get().wireCopy());
    }

    @Test
    void aNearDuplicateFromTheSameOutletIsNotAWireCopy() {
        DuplicateDetector d = new DuplicateDetector();
        d.add("a", "okaz", WIRE);
        Optional<Duplicate> dup = d.add("b", "okaz", WIRE.replace("اليوم", "أمس"));
        assertTrue(dup.isPresent());
        assertFalse(dup.get().wireCopy());
    }

    @Test
    void anotherStoryOnTheSameTopicIsNoDuplicate() {
        DuplicateDetector d = new DuplicateDetector();
        d.add("a", "okaz", WIRE);
        assertTrue(d.add("b", "okaz", "زار وزير الصحة مستشفى أبها العام وتفقد قسم الطوارئ واستمع إلى شرح عن "
                + "خطط التوسعة، ووجه بزيادة عدد الأسرة في العناية المركزة قبل موسم الصيف.").isEmpty());
    }
}
