export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgres"; url: string };

export declare const DEFAULT_DATABASE_URL: string;

export declare function resolveDatabaseTarget(raw?: string): DatabaseTarget;
