package io.serviceops.conventions.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationIdsTest {

    @ParameterizedTest
    @CsvSource({
        "ComplaintController, file, false, fileComplaint",
        "ComplaintController, list, true, listComplaints",
        "ComplaintController, detail, true, getComplaint",
        "ComplaintController, stats, true, getComplaintStats",
        "ComplaintActionsController, resolve, false, resolveComplaint",
        "ComplaintTypeController, list, true, listComplaintTypes",
        "SlaPolicyController, current, true, getSlaPolicy",
        "StaffController, list, true, listStaff",
        "ScorecardController, scorecard, true, getScorecard",
        "RebuildController, rebuild, false, rebuild",
        "ProgrammeController, reschedule, false, rescheduleProgramme",
        "SurveyController, version, true, getSurveyVersion"})
    void namesAnOperationAfterItsVerbAndTheControllersResource(String controller, String method, boolean get,
            String id) {
        assertThat(OperationIds.idOf(controller, method, get)).isEqualTo(id);
    }
}
