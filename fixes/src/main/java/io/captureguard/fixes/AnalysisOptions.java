package io.captureguard.fixes;

/**
 * Choices a user makes about an analysis.
 *
 * @param respectNolint         honour a bare {@code //nolint} or {@code //nolint:all} as a suppression
 * @param preferParameterForm   mark the parameter-passing fix preferred even where the copy is safe
 */
public record AnalysisOptions(boolean respectNolint, boolean preferParameterForm) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(true, false);
}
