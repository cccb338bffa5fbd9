"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { signInSchema } from "@/lib/schemas/auth.schema";
import { errorMessage, fetchJson } from "@/lib/query/fetch-json";
import { consoleApi } from "@/lib/query/urls";

export function SignInForm({ next }: { next: string }) {
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    setFormError(null);
    if (!parsed.success) {
      const errors: { email?: string; password?: string } = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as "email" | "password"] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      await fetchJson(consoleApi.session(), { method: "POST", body: parsed.data });
      window.location.assign(next);
    } catch (error) {
      setFormError(errorMessage(error));
      setPending(false);
    }
  }

  return (
    // method="post": should the form ever submit before React takes over, the password must not end up in a URL.
    <form onSubmit={onSubmit} method="post" noValidate className="flex flex-col gap-4">
      <Field label="E-mail" htmlFor="email" error={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="username" autoFocus aria-invalid={!!fieldErrors.email} />
      </Field>
      <Field label="Password" htmlFor="password" error={fieldErrors.password}>
        <Input id="password" name="password" type="password" autoComplete="current-password" aria-invalid={!!fieldErrors.password} />
      </Field>
      {formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {formError}
        </p>
      )}
      <Button type="submit" pending={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
