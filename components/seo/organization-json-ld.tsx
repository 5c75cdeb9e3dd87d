import { organizationData } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/** The office as a schema.org Organization, with its logo (on the home page). */
export function OrganizationJsonLd() {
  return <JsonLd data={organizationData()} />;
}
