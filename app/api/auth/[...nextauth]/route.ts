import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { handleRoute } from "@/lib/http/api-error";
import { limitSignInRequest } from "@/lib/rate-limit/sign-in-limits";

const handler = NextAuth(authOptions());

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth answers the route itself; a write from another site is refused and sign-in
// attempts are counted per address before it runs.
const POST = handleRoute(async (request, context: Context) => (await limitSignInRequest(request)) ?? handler(request, context));

export { handler as GET, POST };
