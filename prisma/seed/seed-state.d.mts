import type { DatabaseTarget } from "../../lib/db/database-url.mjs";

export type SeedState = { demoContent: boolean; passwordsChecked: boolean; administrator: boolean };

export declare const SEEDED_MARKER: string;
export declare const PUBLISHED_PASSWORDS_CHECKED_MARKER: string;

export declare function demoContentWanted(env?: Record<string, string | undefined>): boolean;
export declare function readSeedState(target: DatabaseTarget): Promise<SeedState>;
export declare function seedingNeeded(state: SeedState, options: { demo: boolean; env?: Record<string, string | undefined> }): boolean;
