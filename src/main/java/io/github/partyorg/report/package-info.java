/**
 * The year-end report (báo cáo tổng kết năm) of a root committee: the year's records that the model
 * does not hold (work items, commendations, "Dân vận khéo" models, Youth Union introductions, the
 * year's theme), the report's number formatting, and {@link
 * io.github.partyorg.report.YearEndReport}, which puts them beside the figures computed from the
 * tree and the rating and beside the evaluation of the year's resolution (package {@code targets}),
 * and renders them as Vietnamese text, Markdown and English text.
 *
 * <p>Every value here is immutable and thread-safe; nothing is null unless marked.
 */
@NullMarked
package io.github.partyorg.report;

import org.jspecify.annotations.NullMarked;
