package io.serviceops.complaint.privacy;

import io.serviceops.conventions.problem.NotFound;

/** No personal-data request has the id. */
class PrivacyRequestNotFound extends NotFound {

    PrivacyRequestNotFound(String id) {
        super("No personal-data request with id " + id + ".");
    }
}
