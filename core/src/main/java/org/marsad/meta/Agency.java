package org.marsad.meta;

/**
 * A news agency that an article cites.
 *
 * @param id          stable lower-case identifier ({@code afp}, {@code spa}), the value an article lists
 * @param arabicName  display name in Arabic (فرانس برس)
 * @param englishName display name in English (AFP)
 */
public record Agency(String id, String arabicName, String englishName) {
}
