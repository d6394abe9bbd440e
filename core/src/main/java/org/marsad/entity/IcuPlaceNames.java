package org.marsad.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.marsad.normalize.ArabicLetters;

/**
 * Places named by ICU's Arabic locale data, read at load time (nothing is generated into the
 * repository): every country and territory (ISO 3166 regions) in its full and short Arabic names,
 * the continents, and the exemplar city of every canonical time zone (القاهرة, بيونغ يانغ,
 * فلاديفوستك), each outside the Arab world also with ج for its غ ({@link ForeignG}: تونغا, تونجا).
 * Ids are slugs of the English names; a city whose slug is a country's gets
 * {@code -city} (Kuwait the country, kuwait-city the city).
 */
final class IcuPlaceNames {

    private static final ULocale ARABIC = new ULocale("ar");

    /** One ICU place with the Arabic spellings ICU gives it. */
    record Place(Entity entity, List<String> variants) {
    }

    private IcuPlaceNames() {
    }

    static List<Place> places() {
        List<Place> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        LocaleDisplayNames arFull = LocaleDisplayNames.getInstance(ARABIC, DisplayContext.LENGTH_FULL);
        LocaleDisplayNames arShort = LocaleDisplayNames.getInstance(ARABIC, DisplayContext.LENGTH_SHORT);
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        for (String code : ULocale.getISOCountries()) {
            addRegion(out, ids, code, "country", arFull, arShort, en);
        }
        for (Region r : Region.getAvailable(Region.RegionType.CONTINENT)) {
            addRegion(out, ids, r.toString(), "continent", arFull, arShort, en);
        }
        TimeZoneNames arZones = TimeZoneNames.getInstance(ARABIC);
        TimeZoneNames enZones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String arabic = arZones.getExemplarLocationName(zone);
            String english = enZones.getExemplarLocationName(zone);
            if (arabic == null || english == null || !hasArabicLetter(arabic)) {
                continue;
            }
            String id = EntityLexicon.slug(english);
            if (id.isEmpty()) {
                continue;
            }
            if (ids.contains(id)) {
                id = id + "-city";
            }
            if (ids.add(id)) {
                List<String> variants = new ArrayList<>(List.of(arabic));
                if (!ForeignG.ARAB_REGIONS.contains(TimeZone.getRegion(zone))) {
                    variants.addAll(ForeignG.jeemSpellings(variants));
                }
                out.add(new Place(new Entity(id, arabic, english, EntityType.LOC, "city", null), List.copyOf(variants)));
            }
        }
        return out;
    }

    private static void addRegion(List<Place> out, Set<String> ids, String code, String subtype,
                                  LocaleDisplayNames arFull, LocaleDisplayNames arShort, LocaleDisplayNames en) {
        String arabic = arFull.regionDisplayName(code);
        String english = en.regionDisplayName(code);
        if (arabic == null || english == null || arabic.equals(code) || !hasArabicLetter(arabic)) {
            return;
        }
        String id = EntityLexicon.slug(english);
        if (id.isEmpty() || !ids.add(id)) {
            return;
        }
        Set<String> variants = new LinkedHashSet<>();
        variants.add(arabic);
        String shortName = arShort.regionDisplayName(code);
        if (shortName != null && hasArabicLetter(shortName)) {
            variants.add(shortName);
        }
        if (!ForeignG.ARAB_REGIONS.contains(code)) {
            variants.addAll(ForeignG.jeemSpellings(List.copyOf(variants)));
        }
        out.add(new Place(new Entity(id, arabic, english, EntityType.LOC, subtype, null), List.copyOf(variants)));
    }

    private static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicLetters.isArabicLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
