export * from './search';
export * from './types';
