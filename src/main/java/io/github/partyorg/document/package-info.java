/**
 * The year's documents: the year-end report as a Word file (.docx) in the Party's document format
 * (Hướng dẫn 36-HD/VPTW, 2018; REFERENCE section 12), and the report with the rating of the year as
 * one self-contained HTML page with charts drawn as inline SVG.
 *
 * <p>{@link io.github.partyorg.document.DocumentDetails} holds what the data cannot give (number
 * and symbol, place, date, issuing body, signer, recipients); {@link
 * io.github.partyorg.document.ReportDocx} writes the .docx with Apache POI, an optional dependency
 * (an {@link java.lang.IllegalStateException} names it when it is missing); {@link
 * io.github.partyorg.document.ReportPage} writes the HTML page with the JDK alone.
 *
 * <p>Every value here is immutable and thread-safe; nothing is null unless marked.
 */
@NullMarked
package io.github.partyorg.document;

import org.jspecify.annotations.NullMarked;
