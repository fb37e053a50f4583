package io.serviceops.training.standard;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code major.minor}: a major version is one staff must re-learn (and acknowledge), a minor one changes wording. */
public record VersionNumber(int major, int minor) implements Comparable<VersionNumber> {

    private static final Pattern LABEL = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public static final VersionNumber FIRST = new VersionNumber(1, 0);

    /** Reads {@code "2.1"}; anything else is {@code null}, for the caller to name the field. */
    public static VersionNumber parse(String label) {
        Matcher matcher = label == null ? null : LABEL.matcher(label.strip());
        return matcher != null && matcher.matches()
                ? new VersionNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))) : null;
    }

    VersionNumber next(boolean major) {
        return major ? new VersionNumber(this.major + 1, 0) : new VersionNumber(this.major, minor + 1);
    }

    public boolean isMajor() {
        return minor == 0;
    }

    public String label() {
        return major + "." + minor;
    }

    @Override
    public int compareTo(VersionNumber other) {
        return Comparator.comparingInt(VersionNumber::major).thenComparingInt(VersionNumber::minor).compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
