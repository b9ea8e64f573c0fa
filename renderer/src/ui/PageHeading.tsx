// Each page's <h1>. It takes the focus when the page opens, so keyboard and screen-reader users
// start at the top of the new page rather than on a button that no longer exists.
import { useEffect, useRef, type ReactNode } from 'react'

export function PageHeading({ children, dirAuto }: { children: ReactNode; dirAuto?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: false })
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading" dir={dirAuto ? 'auto' : undefined}>
      {children}
    </h1>
  )
}
