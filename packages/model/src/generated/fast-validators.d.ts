// Types of the validators (fast: first error only) that packages/model/scripts/compile-schemas.ts generates.
import type { ErrorObject } from "ajv";

export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateDescriptor: StandaloneValidator;
export const validateConfig: StandaloneValidator;
