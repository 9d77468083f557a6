export declare function staticServer(): string;
export declare function pageBareServer(dir: string): string;
