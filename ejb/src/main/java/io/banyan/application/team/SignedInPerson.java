package io.banyan.application.team;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** What a page needs of the person it is rendered for: the name in its header, and the language and zone they chose, if any. */
public record SignedInPerson(String displayName, Optional<Locale> language, Optional<ZoneId> timeZone) {}
