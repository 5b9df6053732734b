export declare const PAGE_TITLE_MAX: number;
