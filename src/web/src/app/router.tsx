import { createBrowserRouter, Outlet } from 'react-router'
import { AuthLayout } from './AuthLayout.tsx'
import { RoleGate } from './RoleGate.tsx'
import { NotFoundPage, RouteErrorPage } from './ErrorPages.tsx'
import { appRoutes, publicRoutes } from './routes.tsx'
import { Suspense } from 'react'
import { LoadingState } from '../components/QueryState.tsx'

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: (
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        ),
        children: publicRoutes.map((r) => ({ path: r.path, element: r.element })),
      },
      {
        element: <AuthLayout />,
        children: [
          ...appRoutes.map((r) => ({
            path: r.path,
            element: <RoleGate roles={r.roles}>{r.element}</RoleGate>,
          })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
