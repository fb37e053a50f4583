package io.serviceops.feedback.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Wording shown to customers, in simplified Chinese (zh-CN) and English. */
public record LocalizedText(
        @NotBlank(message = "zh-CN wording is required") @Size(max = 500) String zh,
        @NotBlank(message = "English wording is required") @Size(max = 500) String en) {
}
