import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the e-mail address you sign in with."),
  password: z.string().min(1, "Enter your password."),
});
export type SignInInput = z.input<typeof signInSchema>;

export const createAccessKeySchema = z.object({
  description: z.string().trim().max(256, "Descriptions are at most 256 characters.").default(""),
});
export type CreateAccessKeyInput = z.input<typeof createAccessKeySchema>;
