package org.gcmkg.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A duration cell (validity, longest stay) reads as an xsd:duration, and anything else is named as not a duration. */
class DurationCellTest {
    private static final Datatype DURATION = new Datatype("duration", null, null, null);

    @ParameterizedTest
    @CsvSource({"P5Y,P5Y", "p180d,P180D", "P1Y6M,P1Y6M", "P7D,P7D"})
    void readsAnIsoDuration(String cell, String lexical) throws Exception {
        Datatype.Value v = DURATION.read(CellInput.text(cell), null);
        assertEquals(lexical, v.literal().getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDduration.getURI(), v.literal().getLiteralDatatypeURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 años", "P", "P2W", "PT7H", "180", "P5Y7"})
    void refusesWhatIsNotADurationOfYearsMonthsOrDays(String cell) {
        Datatype.Problem p = assertThrows(Datatype.Problem.class, () -> DURATION.read(CellInput.text(cell), null));
        assertEquals("cell.duration", p.key());
    }
}
