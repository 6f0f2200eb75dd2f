import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { applyServerErrors } from "@/lib/client/form-errors";
import { zodResolver } from "@/lib/client/zod";
import type { z } from "zod";

/**
 * The admin's "add" forms: validate with the shared zod schema, send, then either confirm what was
 * created (and clear the form) or show the server's problems next to the fields.
 */
export function useCreateForm<T extends FieldValues>(options: {
  schema: z.ZodType<unknown, T, z.core.$ZodTypeInternals<unknown, T>>;
  defaultValues: DefaultValues<T>;
  create: (values: T) => Promise<unknown>;
  /** What the confirmation names: the new account's email, the organisation's name. */
  describe: (values: T) => string;
}) {
  const form = useForm<T>({ resolver: zodResolver(options.schema) as Resolver<T>, defaultValues: options.defaultValues });
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setCreated(null);
    try {
      await options.create(values);
      setCreated(options.describe(values));
      form.reset();
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError));
    }
  });
  return { form, failure, created, onSubmit };
}
