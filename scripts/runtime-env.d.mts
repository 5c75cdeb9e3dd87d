export declare function prepareRuntimeEnv(): void;
