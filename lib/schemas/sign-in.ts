import { z } from "zod";

// The sign-in form's own checks; better-auth validates the request again on the server.
export const ZSignIn = z.object({
  email: z.email({ error: "Enter your email address, like name@example.org" }),
  password: z.string().min(1, { error: "Enter your password" }),
});

export type TSignIn = z.infer<typeof ZSignIn>;
