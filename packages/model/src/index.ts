import { sub } from "./sub/x.ts"; export const hello = (n: string): string => `hello ${n} ${sub}`;
