// What a front end writes against the generated types (serviceops-api.d.ts, made by openapi-typescript
// from ../serviceops.openapi.json in CI). It only has to compile: a contract change that would break a
// front end (a renamed field, a removed operation, a changed error shape) breaks this strict compile.
import type { components, operations, paths } from "./serviceops-api";

type FileComplaint = components["schemas"]["FileComplaintRequest"];
type Complaint = components["schemas"]["ComplaintView"];
type Problem = components["schemas"]["Problem"];

export const filing: FileComplaint = {
  type: "SERVICE_ATTITUDE",
  channel: "APP",
  storeId: "store-1",
  description: "The clerk was rude when I asked for a refund.",
};

export type Filed = paths["/api/v1/complaints"]["post"]["responses"][201]["content"]["application/json"];
export type Invalid = operations["fileComplaint"]["responses"][400]["content"]["application/problem+json"];

export function deadlineOf(complaint: Complaint): string | undefined {
  return complaint.deadlines?.["FIRST_RESPONSE"]?.dueAt;
}

export function invalidFields(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
}

export const sameShape = (filed: Filed, problem: Invalid): [string | undefined, number] => [filed.id, problem.status];
