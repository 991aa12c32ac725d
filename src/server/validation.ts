import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { RequestValidationError } from './errors.ts'

/** zod validation that keeps the raw issues, so the error handler can localise them per request. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true })
    if (result.success) return { value: result.data }
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') as never }
  }
