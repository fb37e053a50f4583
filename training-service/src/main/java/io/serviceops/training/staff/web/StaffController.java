package io.serviceops.training.staff.web;

import io.serviceops.ids.Ids;
import io.serviceops.training.staff.StaffContact;
import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffStores;
import io.serviceops.training.staff.Staffing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/staff/{staffId}")
@Tag(name = "Staff", description = "Department membership and each staff member's training plan")
class StaffController {

    record Placement(
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "CUSTOMER_SUPPORT") String department,
            @Size(max = 60, message = "must be at most 60 characters") @Schema(example = "agent") String role,
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "store-1", description = "The store the member works in; omit for head-office staff")
            String storeId,
            @Email(message = "must be an e-mail address") @Size(max = 254, message = "must be at most 254 characters")
            @Schema(example = "li.na@stores.example.com", description = "Work e-mail for reminders (unconfirmed standards); omit for none")
            String email,
            @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
            @Schema(example = "zh-CN", description = "Language of reminders; default zh-CN")
            String language) {

        StaffContact contact() {
            return email == null ? null : new StaffContact(email, language);
        }
    }

    record Member(String staffId, String department, String role, String storeId, String email, String language,
            java.time.Instant joinedDepartmentAt) {

        static Member of(StaffMember member) {
            var contact = member.contact();
            return new Member(member.id(), member.department(), member.role(), member.storeId(),
                    contact.map(StaffContact::email).orElse(null), contact.map(StaffContact::language).orElse(null),
                    member.joinedDepartmentAt());
        }
    }

    private final Staffing staffing;
    private final StaffStores stores;

    StaffController(Staffing staffing, StaffStores stores) {
        this.staffing = staffing;
        this.stores = stores;
    }

    @PutMapping
    @Operation(summary = "Place a staff member in a department (and store); joining assigns the department's mandatory programmes",
            description = "email and language (zh-CN default, en) are where reminders such as an unconfirmed standard are sent; "
                    + "a placement without email removes the one on record. The record's store is what store scoping "
                    + "(OWASP API1:2023) knows the member by: staff limited to stores (X-User-Stores) place only members "
                    + "of their stores (another store's answers 404) and only into one of their stores (400 on storeId "
                    + "otherwise).")
    Member place(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @Valid @RequestBody Placement placement) {
        stores.checkPlacement(staffId, placement.storeId());
        return Member.of(staffing.place(staffId, placement.department(), placement.role(), placement.storeId(),
                placement.contact()));
    }
}
