export declare const BUILD_STAMP: string;
export declare function isDistFresh(srcDir: string, distDir: string): boolean;
