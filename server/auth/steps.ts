export * from "../../lib/auth/steps";
