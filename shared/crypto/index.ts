export * from './kdf'
export * from './dataKey'
export * from './envelope'
export * from './fileChunks'
