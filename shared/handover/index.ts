export * from './handoverPackage'
export * from './handoverCopy'
