package jp.kyoso.bench;

/**
 * One row of the results table.
 *
 * @param measurement what was measured
 * @param kyoso the platform's figure (median of the runs)
 * @param baseline the bare tool's figure on the same machine, or empty
 * @param ratio kyoso ÷ baseline, or empty
 * @param goal the goal as written in the issue
 * @param met whether the goal is met
 * @param runs the individual runs, for the record
 */
record Result(String measurement, String kyoso, String baseline, String ratio, String goal, boolean met, String runs) {
}
